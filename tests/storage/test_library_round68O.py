"""Session 68O: a document's id is never given again. documents.id was INTEGER PRIMARY KEY without AUTOINCREMENT,
so removing the newest document gave its id to the next one added; an import lists its new rows by id (those above
the last listed), and a file added after the newest row was removed mid-import never reached the window's list.
Schema 4 rebuilds the table with AUTOINCREMENT; a schema 3 library opens with nothing lost."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from reader.storage import import_process, importer, schema
from reader.storage.library import Library
from reader.storage.search import search


def _folder(tmp_path: Path, count: int) -> Path:
    folder = tmp_path / "docs"
    folder.mkdir()
    for i in range(count):
        (folder / f"r{i:03}.txt").write_text(f"关于第{i}项工作的报告\n\n一、基本情况\n正文{i}，编号甲{i}乙。\n",
                                             encoding="utf-8")
    return folder


def test_a_file_added_after_the_newest_row_was_removed_is_listed(tmp_path):
    folder = _folder(tmp_path, importer.BATCH + 5)  # two batches
    db_path = tmp_path / "library.sqlite3"
    Library(db_path).close()
    window = Library.joined(db_path)
    listed: set[str] = set()
    removed: list[str] = []

    def post(message: tuple) -> None:
        if message[0] == "listed":
            listed.update(e.path for e in message[1])
            if not removed:  # the reader removes the newest row before the next batch
                removed.append(max(message[1], key=lambda e: e.doc_id).path)
                window.remove_paths(removed)

    import_process.run(db_path, [str(folder)], False, post, lambda: False)
    unlisted = {str(p) for p in folder.iterdir()} - listed - set(removed)
    assert unlisted == set()  # before: the first file of the second batch, given the removed row's id


def _as_schema_3(db_path: Path) -> None:
    """The documents table as schema 3 made it (ids reused), user_version 3."""
    db = sqlite3.connect(str(db_path), isolation_level=None)
    sql = db.execute("SELECT sql FROM sqlite_master WHERE name = 'documents'").fetchone()[0]
    db.execute("PRAGMA foreign_keys = OFF")
    db.execute("BEGIN")
    db.execute(sql.replace(" AUTOINCREMENT", "").replace("documents (", "documents_v3 (", 1))
    db.execute("INSERT INTO documents_v3 SELECT * FROM documents")
    db.execute("DROP TABLE documents")
    db.execute("ALTER TABLE documents_v3 RENAME TO documents")
    db.execute("CREATE INDEX documents_pending ON documents(indexed) WHERE indexed = 0")
    db.execute("DELETE FROM sqlite_sequence")
    db.execute("PRAGMA user_version = 3")
    db.execute("COMMIT")
    db.close()


def test_a_schema_3_library_opens_with_nothing_lost_and_reuses_no_id(tmp_path):
    folder = _folder(tmp_path, 4)
    db_path = tmp_path / "data" / "library.sqlite3"
    lib = Library(db_path)
    importer.import_paths(lib, [str(folder)])
    importer.index_pending(lib)
    lib.set_position(str(folder / "r001.txt"), 42)
    lib.set_keywords(str(folder / "r002.txt"), ["正文"])
    newest = max(lib.entries(), key=lambda e: e.doc_id)
    lib.remove_paths([newest.path])  # its index entries still to be swept (unindexing)
    before = sorted((e.doc_id, e.path, e.position, e.keywords, e.title) for e in lib.entries())
    lib.close()
    _as_schema_3(db_path)

    lib = Library(db_path)
    db = lib.connection
    assert schema.version(db) == schema.VERSION
    assert "AUTOINCREMENT" in db.execute("SELECT sql FROM sqlite_master WHERE name = 'documents'").fetchone()[0]
    assert sorted((e.doc_id, e.path, e.position, e.keywords, e.title) for e in lib.entries()) == before
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    assert db.execute("SELECT count(*) FROM texts").fetchone()[0] == 3
    assert [h.path for h in search(db, "甲1乙")] == [str(folder / "r001.txt")]
    assert db.execute("SELECT 1 FROM sqlite_master WHERE name = 'documents_pending'").fetchone()
    gone = lib.get(str(folder / "r000.txt")).doc_id
    assert lib.remove_document(gone)  # foreign keys on again: its locations go with the row
    assert db.execute("SELECT count(*) FROM locations WHERE doc_id = ?", (gone,)).fetchone()[0] == 0

    (folder / "new.txt").write_text("关于新增工作的报告\n\n正文麒麟。\n", encoding="utf-8")
    importer.import_paths(lib, [str(folder / "new.txt")])
    assert lib.get(str(folder / "new.txt")).doc_id > newest.doc_id  # before: the removed document's id again
    while lib.finish_unindexing(5):
        pass
    importer.index_pending(lib)
    assert [h.path for h in search(db, "麒麟")] == [str(folder / "new.txt")]
