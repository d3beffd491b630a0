"""Adding files and folders: content identity, duplicates across encodings, missing, moved and changed files."""

from __future__ import annotations

import os
import shutil

from reader.storage import importer
from reader.storage.library import Library
from support import CORPUS, seed_paths

NOTICE = ("国务院关于印发某某方案的通知\n国发〔2019〕3号\n各省、自治区、直辖市人民政府：\n"
          "现将《某某方案》印发给你们，请认真贯彻执行。\n一、总体要求\n加强监督管理，依法行政。\n国务院\n2019年1月24日\n")


def _library(tmp_path) -> Library:
    return Library(tmp_path / "data" / "library.sqlite3")


def test_adding_a_folder_lists_every_document_with_its_title(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    for path in seed_paths():
        shutil.copy(path, folder / path.name)
    (folder / "sub").mkdir()
    (folder / "sub" / "notice.txt").write_text(NOTICE, encoding="utf-8")
    (folder / ".hidden.txt").write_text("隐藏", encoding="utf-8")
    lib = _library(tmp_path)
    report = importer.import_paths(lib, [str(folder)], batch=2)
    assert len(report.added) == len(seed_paths()) + 1 and not report.failed
    entry = lib.get(str(folder / "sub" / "notice.txt"))
    assert entry.title == "国务院关于印发某某方案的通知"
    assert (entry.number, entry.authority, entry.written, entry.kind) == ("国发〔2019〕3号", "国务院", "2019-01-24", "通知")
    assert entry.hash and entry.size == len(NOTICE.encode("utf-8"))
    assert all(e.title for e in lib.entries())


def test_same_text_in_two_encodings_is_one_document_with_two_locations(tmp_path):
    a, b = tmp_path / "utf8.txt", tmp_path / "gbk.txt"
    a.write_text(NOTICE, encoding="utf-8")
    b.write_bytes(NOTICE.encode("gb18030"))
    lib = _library(tmp_path)
    report = importer.import_paths(lib, [str(a), str(b)])
    assert report.added == [str(a)] and report.duplicates == [str(b)]
    assert lib.count() == 1
    (entry,) = lib.entries()
    assert sorted(p for p, _ in lib.locations(entry.doc_id)) == sorted([str(a), str(b)])


def test_unreadable_files_are_reported_and_the_rest_added(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(NOTICE, encoding="utf-8")
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    report = importer.import_paths(_library(tmp_path), [str(binary), str(tmp_path / "absent.txt"), str(good)])
    reasons = dict(report.failed)
    assert "PNG" in reasons[str(binary)] and reasons[str(tmp_path / "absent.txt")] == "no such file"
    assert report.added == [str(good)]


def test_adding_again_skips_unchanged_files_and_rereads_changed_ones(tmp_path):
    doc = tmp_path / "doc.txt"
    doc.write_text(NOTICE, encoding="utf-8")
    lib = _library(tmp_path)
    importer.import_paths(lib, [str(doc)])
    lib.set_position(str(doc), 42)
    assert importer.import_paths(lib, [str(doc)]).unchanged == [str(doc)]
    doc.write_text(NOTICE.replace("某某方案", "另一方案"), encoding="utf-8")
    os.utime(doc, (1, 1))
    report = importer.check(lib)
    assert report.changed == [str(doc)]
    entry = lib.get(str(doc))
    assert entry.title == "国务院关于印发另一方案的通知" and entry.position == 42 and lib.count() == 1


def test_a_deleted_file_is_marked_missing_not_dropped(tmp_path):
    doc = tmp_path / "doc.txt"
    doc.write_text(NOTICE, encoding="utf-8")
    lib = _library(tmp_path)
    importer.import_paths(lib, [str(doc)])
    doc.unlink()
    report = importer.check(lib)
    assert report.missing == [str(doc)]
    entry = lib.get(str(doc))
    assert entry is not None and entry.missing and entry.title


def test_a_moved_file_is_found_again_when_its_text_reappears_in_an_added_folder(tmp_path):
    folder = tmp_path / "folder"
    folder.mkdir()
    doc = folder / "doc.txt"
    doc.write_text(NOTICE, encoding="utf-8")
    lib = _library(tmp_path)
    importer.import_paths(lib, [str(folder)])
    lib.set_position(str(doc), 99)
    moved = folder / "renamed" / "doc-2019.txt"
    moved.parent.mkdir()
    doc.rename(moved)
    report = importer.check(lib)
    assert report.rescan.relinked == [str(moved)] and report.missing == []
    (entry,) = lib.entries()
    assert entry.path == str(moved) and entry.position == 99 and not entry.missing


def test_locate_relinks_a_missing_document(tmp_path):
    doc = tmp_path / "doc.txt"
    doc.write_text(NOTICE, encoding="utf-8")
    lib = _library(tmp_path)
    importer.import_paths(lib, [str(doc)])
    lib.set_position(str(doc), 5)
    elsewhere = tmp_path / "elsewhere.txt"
    doc.rename(elsewhere)
    importer.check(lib, rescan=False)
    entry = importer.relink(lib, str(doc), str(elsewhere))
    assert entry.path == str(elsewhere) and entry.position == 5 and not entry.missing
    assert [p for p, _ in lib.locations(entry.doc_id)] == [str(elsewhere)]


def test_full_pass_indexes_and_merges_migrated_duplicates(tmp_path):
    from reader.storage.library import Entry

    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(NOTICE, encoding="utf-8")
    b.write_bytes(NOTICE.encode("utf-16"))
    lib = _library(tmp_path)
    lib.add(Entry(str(a), title="旧标题"))  # as the window adds today: no hash yet
    lib.add(Entry(str(b)))
    lib.set_position(str(b), 77)
    importer.index_pending(lib)
    assert lib.count() == 1  # the second turned out to be the same text as the first
    (entry,) = lib.entries()
    assert entry.title == "国务院关于印发某某方案的通知" and entry.position == 77 and entry.number == "国发〔2019〕3号"
    assert len(lib.locations(entry.doc_id)) == 2


def test_file_names_that_are_not_utf8(tmp_path):
    name = os.fsdecode(str(tmp_path).encode() + b"/\xb9\xfa\xce\xf1\xd4\xba.txt")
    with open(name, "w", encoding="utf-8") as f:
        f.write(NOTICE)
    lib = _library(tmp_path)
    report = importer.import_paths(lib, [str(tmp_path)])
    assert report.added == [name]
    assert importer.index_pending(lib) == 1
    assert [e.path for e in lib.entries()] == [name]
    assert importer.check(lib).missing == []


def test_corpus_documents_get_titles_and_kinds(tmp_path):
    lib = _library(tmp_path)
    importer.import_paths(lib, [str(CORPUS)])
    importer.index_pending(lib)
    by_name = {os.path.basename(e.path): e for e in lib.entries()}
    off06 = by_name["off06_state_council_1997_11.txt"]
    assert (off06.number, off06.authority, off06.kind) == ("国办发〔1997〕11号", "国务院办公厅", "通知")
    assert by_name["trad01_roc_constitution.txt"].script == "traditional"


def test_import_process_messages_round_trip_any_file_name():
    from reader.storage.import_process import decode, encode
    from reader.storage.library import Entry

    name = os.fsdecode(b"/docs/\xb9\xfa.txt")
    entry = Entry(name, title="国务院", number="国发〔2019〕3号", missing=True, opened=1.5)
    line = encode(("listed", [entry]))
    assert line.isascii() and decode(line) == ("listed", [entry])
    report = importer.ImportReport(added=[name], failed=[(name, "permission denied")])
    assert decode(encode(("finished", report))) == ("finished", report)
    assert decode(encode(("progress", "listing", 3, 10))) == ("progress", "listing", 3, 10)


def test_locate_refuses_a_file_with_other_text(tmp_path):
    import pytest

    doc = tmp_path / "doc.txt"
    doc.write_text(NOTICE, encoding="utf-8")
    lib = _library(tmp_path)
    importer.import_paths(lib, [str(doc)])
    other = tmp_path / "other.txt"
    other.write_text(NOTICE.replace("依法行政", "改革创新"), encoding="utf-8")
    doc.unlink()
    importer.check(lib, rescan=False)
    with pytest.raises(importer.RelinkError):
        importer.relink(lib, str(doc), str(other))
    (entry,) = lib.entries()
    assert entry.path == str(doc) and entry.missing


def test_watched_folders_are_listed_and_can_be_forgotten(tmp_path):
    from reader.storage import folders

    (tmp_path / "a" / "sub" / ".hidden").mkdir(parents=True)
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "doc.txt").write_text(NOTICE, encoding="utf-8")
    lib = _library(tmp_path)
    importer.import_paths(lib, [str(tmp_path / "a"), str(tmp_path / "b")])
    assert folders.watched(lib.connection) == [str(tmp_path / "a"), str(tmp_path / "b")]
    assert folders.directories(folders.watched(lib.connection)) == [
        str(tmp_path / "a"), str(tmp_path / "a" / "sub"), str(tmp_path / "b")]
    assert folders.unwatch(lib, str(tmp_path / "a"))
    assert folders.watched(lib.connection) == [str(tmp_path / "b")]
    assert len(lib.entries()) == 1  # its documents stay


def test_the_listed_count_is_of_the_cleaned_text_before_and_after_the_full_pass(tmp_path):
    from reader.text.document import load_document

    for path in seed_paths():  # web chrome, hard wraps and ads: the raw file is longer than what the reader shows
        entry, _ = importer.light_entry(path)
        assert entry.chars == len(load_document(path).text) < len(path.read_text(encoding="utf-8"))


def test_a_refresh_of_an_opened_file_does_not_bring_back_one_removed_from_the_list(tmp_path):
    from reader.storage.import_process import run

    doc = tmp_path / "doc.txt"
    doc.write_text(NOTICE, encoding="utf-8")
    lib = _library(tmp_path)
    importer.import_paths(lib, [str(doc)])
    doc.write_text(NOTICE.replace("某某方案的通知", "另一方案的通知"), encoding="utf-8")  # changed: a refresh is queued
    posted: list = []
    run(lib.path, {"refresh": [str(doc)]}, False, posted.append, lambda: False)  # still listed: read again
    assert lib.get(str(doc)).title == "国务院关于印发另一方案的通知" and posted[-1][0] == "finished"
    doc.write_text(NOTICE, encoding="utf-8")
    lib.remove(str(doc))  # the reader removes it from the list before the refresh runs
    run(lib.path, {"refresh": [str(doc)]}, False, posted.append, lambda: False)
    assert lib.get(str(doc)) is None
    assert importer.import_paths(lib, [str(doc)], listed_only=True).added == [] and lib.get(str(doc)) is None


def test_a_copy_merged_out_of_sight_of_a_pass_is_still_posted_gone(tmp_path):
    """The window may list a copy it opened as a document of its own; a pass that never saw that document listed
    still tells the list to drop the row once the copy is only a second location."""
    from reader.storage.import_process import _post_changes, _primary
    from reader.storage.library import Entry

    a, copy = tmp_path / "a.txt", tmp_path / "副本.txt"
    a.write_text(NOTICE, encoding="utf-8")
    copy.write_text(NOTICE, encoding="utf-8")
    lib = _library(tmp_path)
    importer.import_paths(lib, [str(a)])
    lib.add(Entry(str(copy), hash=importer.text_hash(NOTICE)))  # joined as the window writes it, after the snapshot
    before = _primary(lib)
    posted: list = []
    _post_changes(lib, before, lib.max_doc_id(), [], posted.append)
    assert ("gone", [str(copy)]) in posted
    assert not any(kind == "gone" and str(a) in paths for kind, paths in posted)


def test_a_copy_opened_from_elsewhere_joins_the_listed_document(tmp_path):
    """Opening a copy of a listed text records a second location: the list keeps naming the first."""
    from reader import documents

    a, copy = tmp_path / "a.txt", tmp_path / "副本.txt"
    a.write_text(NOTICE, encoding="utf-8")
    copy.write_bytes(NOTICE.encode("gb18030"))  # the same text in another encoding
    lib = _library(tmp_path)
    importer.import_paths(lib, [str(a)])
    lib.add(documents.load(str(copy)).entry())
    assert lib.count() == 1
    assert lib.listed(str(copy)).path == str(a)
    assert [p for p, _ in lib.locations(lib.get(str(copy)).doc_id)] == [str(a), str(copy)]
