"""What another program changed in the catalogue, as the window's list applies it (session 72F)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from reader.storage import importer
from reader.storage.catalogue import changes, listing
from reader.storage.library import Entry, Library


def _entry(path: str, title: str = "") -> Entry:
    return Entry(path=path, title=title or path)


A, B, C = _entry("/a.txt"), _entry("/b.txt"), _entry("/c.txt")


@pytest.mark.parametrize("before, after, listed, hidden, expected", [
    (None, [A, B], {"/a.txt"}, set(), ([B], [], [])),                   # first reading: what the list lacks
    ({"/a.txt": A}, [A, B], {"/a.txt"}, set(), ([B], [], [])),          # added elsewhere
    ({"/a.txt": A, "/b.txt": B}, [A], {"/a.txt", "/b.txt"}, set(), ([], ["/b.txt"], [])),  # removed elsewhere
    ({"/a.txt": A}, [A, B], {"/a.txt"}, {"/b.txt"}, ([], [], [])),      # removed by the reader, not yet written
    ({"/a.txt": A, "/b.txt": B}, [A], {"/a.txt"}, set(), ([], [], [])),  # removed by the reader and written
    ({"/a.txt": A}, [A, B], {"/a.txt", "/b.txt"}, set(), ([], [], [])),  # listed by the window already
    ({}, [A], {"/a.txt", "/c.txt"}, set(), ([], [], [])),               # listed, never written: it stays
    ({"/a.txt": A}, [replace(A, title="新")], {"/a.txt"}, set(), ([], [], [replace(A, title="新")])),  # retitled
])
def test_changes(before, after, listed, hidden, expected):
    found = {e.path: e for e in [A, B, C]}
    assert changes(before, after, lambda path: found[path] if path in listed else None, hidden) == expected


def test_the_listing_reads_the_entries_only_when_the_catalogue_changed(tmp_path):
    db = tmp_path / "library.sqlite3"
    doc = tmp_path / "a.txt"
    doc.write_text("关于工作的报告\n\n正文。\n", encoding="utf-8")
    library = Library(db)
    signature, entries = listing(db, None)
    assert entries == []
    assert listing(db, signature) == (signature, None)
    importer.import_paths(library, [str(doc)])
    signature, entries = listing(db, signature)
    assert [e.path for e in entries] == [str(doc)]
    library.set_position(str(doc), 5)  # read on: nothing listed changed
    assert listing(db, signature) == (signature, None)
    library.close()
    with pytest.raises(FileNotFoundError):
        listing(tmp_path / "none.sqlite3", None)
    assert not (tmp_path / "none.sqlite3").exists()
