"""Session 72I: removing a document removes it from the library, every location it is listed under. A document with
two locations (the same text in two added folders, the seeds and a copy of them) is one row; its removal forgot only
the path the row showed, so the document stayed under its copy and came back at the next start or library pass, and
`zhreader library remove ID` forgot every location but let a rescan of the watched folders bring them all back.
Adding the file or its folder again (the reader's own request) lists it again; an undo brings back every location."""

from __future__ import annotations

import time

from reader.cli import main as cli
from reader.paths import Paths
from reader.storage import importer, removal
from reader.storage.library import Library

TEXTS = {f"doc{i}.txt": f"关于第{i}项工作的通知\n\n一、总体要求\n加强监督管理，第{i}份。\n" for i in range(3)}


def _two_folders(tmp_path) -> tuple[Library, list, list]:
    """Two added folders holding the same three texts, the second found later: (library, first's, second's paths)."""
    first, second = tmp_path / "docs", tmp_path / "copies"
    for folder in (first, second):
        folder.mkdir()
        for name, text in TEXTS.items():
            (folder / name).write_text(text, encoding="utf-8")
    lib = Library(tmp_path / "data" / "library.sqlite3")
    importer.import_paths(lib, [str(first)])
    time.sleep(0.01)
    importer.import_paths(lib, [str(second)])
    return lib, [str(first / n) for n in TEXTS], [str(second / n) for n in TEXTS]


def test_a_removed_row_takes_its_copies_with_it_and_no_library_pass_brings_it_back(tmp_path):
    lib, listed, copies = _two_folders(tmp_path)
    assert [e.path for e in lib.entries()] == listed  # one row per document
    lib.remove_paths([listed[1]])
    assert lib.get(copies[1]) is None  # before: still catalogued under its copy
    lib.close()
    lib = Library(tmp_path / "data" / "library.sqlite3")  # the next start
    assert [e.path for e in lib.entries()] == [listed[0], listed[2]]
    importer.check(lib, rescan=True)  # the start-up pass over the added folders
    importer.index_pending(lib)
    assert [e.path for e in lib.entries()] == [listed[0], listed[2]]
    assert (tmp_path / "copies" / "doc1.txt").exists() and (tmp_path / "docs" / "doc1.txt").exists()
    importer.import_paths(lib, [str(tmp_path / "copies")])  # the reader adds that folder again: listed again
    assert [e.path for e in lib.entries()] == [listed[0], listed[2], copies[1]]
    importer.check(lib, rescan=True)
    assert lib.get(listed[1]) is None  # the other folder was not added again: that location stays forgotten


def test_an_undo_brings_back_every_location_as_it_was(tmp_path):
    lib, listed, copies = _two_folders(tmp_path)
    before = {p: lib.catalogued_stat(p) for p in listed + copies}
    lib.set_position(listed[1], 42)
    entry, stat, others = lib.get(listed[1]), lib.catalogued_stat(listed[1]), removal.copies(lib, listed[1])
    assert [c.path for c in others] == [copies[1]]
    lib.remove_paths([listed[1]])
    removal.restore(lib, [entry], {listed[1]: stat}, {listed[1]: others})
    assert [e.path for e in lib.entries()] == listed
    assert lib.locations(entry.doc_id) == [(listed[1], False), (copies[1], False)]
    assert {p: lib.catalogued_stat(p) for p in listed + copies} == before  # not read again when opened
    assert lib.get(copies[1]).position == 42
    lib.remove_paths([listed[1]])  # and removed again, both locations go again
    assert lib.get(copies[1]) is None


def test_library_remove_id_keeps_a_rescan_from_bringing_the_document_back(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("ZHREADER_HOME", str(tmp_path / "home"))
    folder, other = tmp_path / "docs", tmp_path / "copies"
    for place in (folder, other):
        place.mkdir()
        (place / "a.txt").write_text(TEXTS["doc0.txt"], encoding="utf-8")
        (place / "b.txt").write_text(TEXTS["doc1.txt"], encoding="utf-8")
    assert cli(["library", "add", str(folder), str(other)]) == 0
    capsys.readouterr()
    lib = Library(Paths.default().library_file)
    doc_id = lib.listed(str(folder / "a.txt")).doc_id
    lib.close()
    assert cli(["library", "remove", str(doc_id)]) == 0
    said = capsys.readouterr().out
    assert cli(["library", "check"]) == 0  # rescans the added folders
    lib = Library(Paths.default().library_file)
    assert [e.path for e in lib.entries()] == [str(folder / "b.txt")]  # before: a.txt back under a new id
    assert "the files are untouched" in said  # two files, each still where it was
