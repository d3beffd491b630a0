"""A stored text records the cleaning that made it; one from an older cleaning is read again in the background."""

from __future__ import annotations

import sqlite3

from reader.storage import schema
from reader.storage.importer import import_paths, index_pending
from reader.storage.index import index_document, unpack
from reader.storage.library import Library
from reader.text.decode import read_file
from reader.text.document import build_document
from reader.text.textversion import TEXT_VERSION

LAW = "中华人民共和国宪法修正案\n第一条 宪法第七条修改为：\n国营经济是社会主义全民所有制经济。\n"
NEWS = "一则消息\n今天天气很好，大家都出门了。\n"


def _pending(lib: Library) -> list[str]:
    return sorted(path for path, in lib.connection.execute(
        "SELECT l.path FROM documents d JOIN locations l ON l.doc_id = d.id WHERE d.indexed = 0"))


def _stored(lib: Library, path) -> tuple[str, int]:
    body, cleaning = lib.connection.execute(
        "SELECT t.body, t.cleaning FROM texts t JOIN locations l ON l.doc_id = t.doc_id WHERE l.path = ?",
        (str(path),)).fetchone()
    return unpack(body), cleaning


def _doc_id(lib: Library, path) -> int:
    return lib.connection.execute("SELECT doc_id FROM locations WHERE path = ?", (str(path),)).fetchone()[0]


def _library(tmp_path):
    law, news, gone = tmp_path / "law.txt", tmp_path / "news.txt", tmp_path / "gone.txt"
    law.write_text(LAW, encoding="utf-8")
    news.write_text(NEWS, encoding="utf-8")
    gone.write_text(LAW.replace("修正案", "草案"), encoding="utf-8")
    db = tmp_path / "lib.sqlite3"
    lib = Library(db)
    import_paths(lib, [str(law), str(news), str(gone)])
    index_pending(lib)
    return db, lib, law, news, gone


def test_the_full_pass_records_the_cleaning_that_made_each_text(tmp_path):
    _db, lib, law, news, _gone = _library(tmp_path)
    assert _stored(lib, law) == (build_document(read_file(law)).text, TEXT_VERSION)
    assert _stored(lib, news)[1] == TEXT_VERSION and _pending(lib) == []


def test_a_text_an_older_cleaning_made_is_read_again_and_a_missing_files_is_kept(tmp_path):
    db, lib, law, news, gone = _library(tmp_path)
    db_ = lib.connection
    with lib.transaction() as tx:  # an older cleaning's text, stored and indexed as that zhreader did
        index_document(tx, _doc_id(lib, law), "", "旧的清理多留的一行\n" + _stored(lib, law)[0], [])
    db_.execute("UPDATE texts SET cleaning = 0 WHERE doc_id = ?", (_doc_id(lib, law),))
    db_.execute("UPDATE texts SET cleaning = 0 WHERE doc_id = (SELECT doc_id FROM locations WHERE path = ?)",
                (str(gone),))
    db_.execute("UPDATE locations SET missing = 1 WHERE path = ?", (str(gone),))  # a check found it gone
    gone.unlink()
    lib.close()
    lib = Library(db)
    assert _pending(lib) == [str(law)]  # the news item is this cleaning's; the missing file keeps its text
    assert _stored(lib, law)[0].startswith("旧的清理")  # nothing is rewritten at start-up: the full pass reads it
    index_pending(lib)
    assert _stored(lib, law) == (build_document(read_file(law)).text, TEXT_VERSION)
    assert _pending(lib) == []
    assert schema.refresh_cleaning(lib.connection, TEXT_VERSION) == 0  # once read, not again
    lib.close()


def test_a_catalogue_from_before_the_column_opens_and_its_texts_are_read_again(tmp_path):
    db, lib, law, news, gone = _library(tmp_path)
    lib.close()
    raw = sqlite3.connect(db)
    raw.executescript(  # the texts table as the previous release made schema 5
        "CREATE TABLE texts_v5 (doc_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,"
        " title TEXT NOT NULL DEFAULT '', body BLOB NOT NULL, headings TEXT NOT NULL DEFAULT '[]',"
        " counted INTEGER NOT NULL DEFAULT 0, walls TEXT);"
        "INSERT INTO texts_v5 SELECT doc_id, title, body, headings, counted, walls FROM texts;"
        "DROP TABLE texts; ALTER TABLE texts_v5 RENAME TO texts;"
        "CREATE INDEX texts_uncounted ON texts(doc_id) WHERE counted = 0;")
    raw.close()
    lib = Library(db)
    assert schema.version(lib.connection) == schema.VERSION  # an older zhreader still opens it
    assert _pending(lib) == sorted(str(p) for p in (gone, law, news))
    index_pending(lib)
    assert {_stored(lib, p)[1] for p in (law, news, gone)} == {TEXT_VERSION} and _pending(lib) == []
    lib.close()


def test_a_text_written_by_an_older_zhreader_is_left_at_zero_and_read_again(tmp_path):
    """An older zhreader stores texts without the column (its INSERT names the columns it knows)."""
    db, lib, law, _news, _gone = _library(tmp_path)
    doc_id = _doc_id(lib, law)
    with lib.transaction() as tx:  # the row written again as such a zhreader writes it
        tx.execute("INSERT OR REPLACE INTO texts (doc_id, title, body, headings, counted, walls)"
                   " SELECT doc_id, title, body, headings, counted, walls FROM texts WHERE doc_id = ?", (doc_id,))
    assert _stored(lib, law)[1] == 0
    lib.close()
    lib = Library(db)
    assert _pending(lib) == [str(law)]
    lib.close()

