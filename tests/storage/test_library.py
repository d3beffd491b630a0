"""The library database: entries persist, keep their order and position, and errors are explicit."""

from __future__ import annotations

import pytest

from reader.storage.library import Entry, Library, LibraryError


def test_entries_persist_across_connections(tmp_path):
    db = tmp_path / "lib.sqlite3"
    lib = Library(db)
    lib.add(Entry("/a.txt", title="甲", source="来源", date="2024-01-01", script="simplified", chars=10))
    lib.add(Entry("/b.txt", title="乙"))
    lib.close()
    again = Library(db)
    assert [e.path for e in again.entries()] == ["/a.txt", "/b.txt"]
    assert again.get("/a.txt") == Entry("/a.txt", "甲", "来源", "2024-01-01", "simplified", 10, "", 0)


def test_refresh_keeps_place_and_position(tmp_path):
    lib = Library(tmp_path / "lib.sqlite3")
    lib.add(Entry("/a.txt", title="old"))
    lib.add(Entry("/b.txt"))
    lib.set_position("/a.txt", 1234)
    lib.add(Entry("/a.txt", title="new"))
    entries = lib.entries()
    assert [e.path for e in entries] == ["/a.txt", "/b.txt"]
    assert entries[0].title == "new" and entries[0].position == 1234


def test_remove_forgets_entry_only(tmp_path):
    doc = tmp_path / "doc.txt"
    doc.write_text("正文", encoding="utf-8")
    lib = Library(tmp_path / "lib.sqlite3")
    lib.add(Entry(str(doc)))
    lib.remove(str(doc))
    assert lib.entries() == []
    assert doc.read_text(encoding="utf-8") == "正文"


def test_seeded_flag(tmp_path):
    lib = Library(tmp_path / "lib.sqlite3")
    assert not lib.is_seeded()
    lib.mark_seeded()
    assert Library(tmp_path / "lib.sqlite3").is_seeded()


def test_unopenable_database_raises_library_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(LibraryError):
        Library(blocker / "lib.sqlite3")
