"""Session 67A: a deleted file whose text the library still has at another of its locations (the same text saved
in another encoding or folder) is not reported missing: the document still opens, and 'N files missing (Library ›
Locate… re-links one)' counted a file no row showed as missing and nothing could re-link (found by hand)."""

from __future__ import annotations

from reader.storage import importer
from reader.storage.library import Library

NOTICE = ("国务院关于印发某某方案的通知\n国发〔2019〕3号\n各省、自治区、直辖市人民政府：\n"
          "现将《某某方案》印发给你们，请认真贯彻执行。\n一、总体要求\n加强监督管理，依法行政。\n国务院\n2019年1月24日\n")


def test_a_deleted_copy_of_a_document_still_at_hand_is_not_missing(tmp_path):
    utf8, gbk, alone = tmp_path / "notice.txt", tmp_path / "notice_gbk.txt", tmp_path / "other.txt"
    utf8.write_text(NOTICE, encoding="utf-8")
    gbk.write_bytes(NOTICE.encode("gb18030"))
    alone.write_text(NOTICE.replace("某某方案", "另一方案"), encoding="utf-8")
    lib = Library(tmp_path / "data" / "library.sqlite3")
    importer.import_paths(lib, [str(utf8), str(gbk), str(alone)])
    assert lib.count() == 2
    utf8.unlink()
    alone.unlink()
    report = importer.check(lib, rescan=False)
    assert report.missing == [str(alone)]  # the notice is still at notice_gbk.txt
    assert [e.missing for e in lib.entries() if e.title.endswith("某某方案的通知")] == [False]
    gbk.unlink()  # now its last copy is gone too: missing, once (one document, one file to locate)
    missing = importer.check(lib, rescan=False).missing
    assert len(missing) == 2 and str(alone) in missing
    assert (set(missing) - {str(alone)}) < {str(utf8), str(gbk)}
