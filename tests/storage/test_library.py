"""The catalogue: entries persist, keep their order and position, migrate from release 0.x, and errors are explicit."""

from __future__ import annotations

import os
import shutil
import sqlite3

import pytest

from reader.storage import schema
from reader.storage.library import Entry, Library, LibraryError
from support import DATA

RELEASE_0 = DATA / "library" / "release-0.x.sqlite3"  # made by the path-keyed Library of commit fefff50


def test_entries_persist_across_connections(tmp_path):
    db = tmp_path / "lib.sqlite3"
    lib = Library(db)
    lib.add(Entry("/a.txt", title="甲", source="来源", date="2024-01-01", script="simplified", chars=10))
    lib.add(Entry("/b.txt", title="乙"))
    lib.close()
    again = Library(db)
    assert [e.path for e in again.entries()] == ["/a.txt", "/b.txt"]
    a = again.get("/a.txt")
    assert (a.path, a.title, a.source, a.date, a.script, a.chars, a.position) == (
        "/a.txt", "甲", "来源", "2024-01-01", "simplified", 10, 0)


def test_refresh_keeps_place_and_position(tmp_path):
    lib = Library(tmp_path / "lib.sqlite3")
    lib.add(Entry("/a.txt", title="old"))
    lib.add(Entry("/b.txt"))
    lib.set_position("/a.txt", 1234)
    lib.add(Entry("/a.txt", title="new"))
    entries = lib.entries()
    assert [e.path for e in entries] == ["/a.txt", "/b.txt"]
    assert entries[0].title == "new" and entries[0].position == 1234
    assert entries[0].opened > 0  # the position was saved: the document counts as recently read


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


def test_wal_and_schema_version(tmp_path):
    lib = Library(tmp_path / "lib.sqlite3")
    db = lib.connection
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert schema.version(db) == schema.VERSION


def test_migrates_the_release_0_table_keeping_titles_positions_and_the_seeded_flag(tmp_path):
    path = tmp_path / "library.sqlite3"
    shutil.copy(RELEASE_0, path)
    lib = Library(path)
    entries = lib.entries()
    assert [e.path for e in entries] == ["/docs/国务院关于印发.txt", "/docs/憲法.txt", "/docs/gone.txt"]
    assert entries[0].title == "国务院关于印发某方案的通知" and entries[0].source == "中国政府网"
    assert entries[1].position == 4321 and entries[1].script == "traditional" and entries[1].encoding == "big5"
    assert lib.is_seeded()
    assert schema.version(lib.connection) == schema.VERSION
    lib.close()
    assert [e.title for e in Library(path).entries()][2] == "已删除的文件"  # opening again does not migrate twice


def test_newer_schema_is_refused_not_overwritten(tmp_path):
    path = tmp_path / "library.sqlite3"
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {schema.VERSION + 1}")
    db.close()
    with pytest.raises(LibraryError, match="newer"):
        Library(path)
    assert path.exists()


def test_hostile_values_in_an_old_table_are_read_as_text(tmp_path):
    path = tmp_path / "library.sqlite3"
    db = sqlite3.connect(path)
    db.executescript("CREATE TABLE documents (path TEXT PRIMARY KEY, title TEXT NOT NULL DEFAULT '', source TEXT NOT"
                     " NULL DEFAULT '', date TEXT NOT NULL DEFAULT '', script TEXT NOT NULL DEFAULT '', chars INTEGER"
                     " NOT NULL DEFAULT 0, encoding TEXT NOT NULL DEFAULT '', added REAL NOT NULL, position INTEGER NOT"
                     " NULL DEFAULT 0); CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);")
    db.execute("INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
               ("/x.txt", b"\xff\xfe bytes", 42, 3.5, 7, "many", b"", "yesterday", "12"))
    db.execute("INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
               (b"/raw/\xb9\xfa.txt", "名", "", "", "", 1, "", 1.0, 0))
    db.commit()
    db.close()
    entries = Library(path).entries()
    by_path = {e.path: e for e in entries}
    x = by_path["/x.txt"]
    assert isinstance(x.title, str) and x.source == "42" and x.chars == 0 and x.position == 12
    assert os.fsdecode(b"/raw/\xb9\xfa.txt") in by_path


def test_non_utf8_file_names_round_trip(tmp_path):
    name = os.fsdecode(b"/docs/\xb9\xfa\xce\xf1\xd4\xba.txt")  # 国务院 in GBK bytes: not valid UTF-8
    lib = Library(tmp_path / "lib.sqlite3")
    lib.add(Entry(name, title="国务院"))
    lib.set_position(name, 7)
    assert lib.get(name).position == 7
    assert [e.path for e in Library(tmp_path / "lib.sqlite3").entries()] == [name]


def test_add_entries_is_one_transaction(tmp_path):
    lib = Library(tmp_path / "lib.sqlite3")
    lib.add_entries([Entry(f"/{i}.txt", title=str(i)) for i in range(300)])
    assert lib.count() == 300
    with pytest.raises(LibraryError):  # a failing batch leaves nothing half-written
        lib.add_entries([Entry("/new.txt"), Entry("/bad.txt", chars=2**70)])
    assert lib.get("/new.txt") is None


def test_an_older_table_without_source_and_date_columns_migrates(tmp_path):
    path = tmp_path / "library.sqlite3"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE documents (path TEXT PRIMARY KEY, title TEXT, added REAL)")
    db.execute("INSERT INTO documents VALUES ('/old.txt', '旧的', 1.0)")
    db.commit()
    db.close()
    (entry,) = Library(path).entries()
    assert (entry.path, entry.title, entry.source, entry.position) == ("/old.txt", "旧的", "", 0)


def test_saving_a_position_on_a_damaged_database_does_not_raise(tmp_path, caplog):
    lib = Library(tmp_path / "library.sqlite3")
    lib.add(Entry("/a.txt"))
    lib.connection.execute("DROP TABLE locations")  # any database error on the way out
    lib.set_position("/a.txt", 5)
    assert "not saved" in caplog.text
    with pytest.raises(LibraryError):
        lib.remove("/a.txt")
