"""Found by hand (session 62V): a document removed from the list whose file lies in a watched folder came back at the
next start ('1 new document in watched folders'), since the start-up rescan imported every file of the folder it did
not know. The reader's removal is remembered: a rescan leaves the file out, the reader's own add lists it again."""

from __future__ import annotations

import os
import sqlite3

import pytest

from reader.storage import importer
from reader.storage.library import Library

TEXTS = {f"doc{i}.txt": f"关于第{i}项工作的通知\n\n一、总体要求\n加强监督管理，第{i}份。\n" for i in range(4)}


def _folder(tmp_path):
    folder = tmp_path / "docs"
    (folder / "sub").mkdir(parents=True)
    for name, text in TEXTS.items():
        (folder / ("sub" if name == "doc3.txt" else "") / name).write_text(text, encoding="utf-8")
    return folder


def _listed(lib: Library) -> list[str]:
    return sorted(os.path.basename(e.path) for e in lib.entries())


def _added_and_removed(tmp_path, *names):
    folder = _folder(tmp_path)
    lib = Library(tmp_path / "data" / "library.sqlite3")
    importer.import_paths(lib, [str(folder)])
    for name in names:
        lib.remove(str(next(folder.rglob(name))))
    return lib, folder


@pytest.mark.parametrize("removed", [("doc1.txt",), ("doc0.txt", "doc2.txt", "doc3.txt")])
def test_a_rescan_of_the_watched_folder_does_not_bring_back_what_the_reader_removed(tmp_path, removed):
    lib, _folder_ = _added_and_removed(tmp_path, *removed)
    report = importer.check(lib)  # the start-up check: missing, changed, and the watched folders rescanned
    assert _listed(lib) == sorted(set(TEXTS) - set(removed))
    assert not report.rescan.added


def test_a_removed_file_changed_on_disk_stays_out(tmp_path):
    lib, folder = _added_and_removed(tmp_path, "doc1.txt")
    (folder / "doc1.txt").write_text(TEXTS["doc1.txt"] + "补充一段。\n", encoding="utf-8")
    importer.check(lib)
    assert "doc1.txt" not in _listed(lib)


@pytest.mark.parametrize("added", ["folder", "file"])
def test_the_readers_own_add_lists_a_removed_file_again(tmp_path, added):
    lib, folder = _added_and_removed(tmp_path, "doc1.txt")
    importer.import_paths(lib, [str(folder) if added == "folder" else str(folder / "doc1.txt")])
    assert _listed(lib) == sorted(TEXTS)
    importer.check(lib)  # and it is not left out again afterwards
    assert _listed(lib) == sorted(TEXTS)


def test_left_alone_a_new_file_in_the_watched_folder_is_still_added(tmp_path):
    lib, folder = _added_and_removed(tmp_path, "doc1.txt")
    (folder / "new.txt").write_text("新的通知\n\n正文。\n", encoding="utf-8")
    report = importer.check(lib)
    assert [os.path.basename(p) for p in report.rescan.added] == ["new.txt"]
    assert _listed(lib) == sorted(set(TEXTS) - {"doc1.txt"} | {"new.txt"})


def test_a_catalogue_made_before_the_removals_were_kept_gets_their_table(tmp_path):
    path = tmp_path / "data" / "library.sqlite3"
    lib = Library(path)
    importer.import_paths(lib, [str(_folder(tmp_path))])
    lib.close()
    db = sqlite3.connect(path)
    db.execute("DROP TABLE removed")
    db.commit()
    db.close()
    lib = Library(path)
    lib.remove(str(tmp_path / "docs" / "doc0.txt"))
    importer.check(lib)
    assert _listed(lib) == ["doc1.txt", "doc2.txt", "doc3.txt"]
