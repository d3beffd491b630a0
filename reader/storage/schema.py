"""The catalogue's tables, their version, and the migrations from earlier versions; pure SQLite."""

from __future__ import annotations

import logging
import os
import sqlite3
import time

log = logging.getLogger(__name__)

VERSION = 5  # PRAGMA user_version of a current catalogue; 0 is the path-keyed table of release 0.x; 3 keeps counts,
# 4 never reuses a document's id, 5 keeps counts within a text's walls (reader.storage.walls), counted again on a
# worker (an older zhreader would delete a walled text's counts as the whole text's: it leaves the catalogue alone)
# What the official metadata (发文机关, 文号, dates) is read with; a catalogue written with an older reading queues the
# rows it may have missed for the full pass once (2: laws' adoption dates, speeches' dates, dates of the Republic;
# 7: a dateline with its weekday; 8: an info table's labels over their values, a title's bracketed 文号; 9: an amended
# law's date is its last amendment's, so laws and rules are read again even when dated; 10: a Taiwan law's '修正日期'
# label and a history dated by months, '2001年10月修订', name the last amendment; 11: a saved page's info table
# past its chrome, a signature with text after it or run on one line, a 文号 before its date in brackets; 12: a
# regulation's order in its note ('…国务院令第711号修订'), a signature dated by its month, a signer letter-spaced;
# 13: an order numbered in Chinese numerals ('主席令第二十二号'), a signer's date with the title run on after it).
OFFICIAL_READING = "13"
BYLINES_READING = "1"  # the documents a catalogue holds no byline row for are read again once, for their header
_AMENDABLE = ("法律", "条例", "办法", "规定", "细则", "规则", "章程", "准则")  # kinds that carry an amendment note

# Every statement is idempotent so a half-made catalogue (killed while being created) is completed on next open.
TABLES = """
CREATE TABLE IF NOT EXISTS documents (
    id INTEGER PRIMARY KEY AUTOINCREMENT,  -- never a removed document's id again (its pending work is by id)
    hash TEXT UNIQUE,                      -- of the decoded text, NULL until the file has been read (migrated rows)
    title TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '',
    date TEXT NOT NULL DEFAULT '',
    script TEXT NOT NULL DEFAULT '',
    chars INTEGER NOT NULL DEFAULT 0,
    encoding TEXT NOT NULL DEFAULT '',
    size INTEGER NOT NULL DEFAULT 0,
    authority TEXT NOT NULL DEFAULT '',    -- 发文机关
    number TEXT NOT NULL DEFAULT '',       -- 文号, brackets normalised to 〔〕
    written TEXT NOT NULL DEFAULT '',      -- 成文日期, ISO
    published TEXT NOT NULL DEFAULT '',    -- publication date, ISO
    kind TEXT NOT NULL DEFAULT '',         -- 通知, 意见, 办法 ...
    keywords TEXT NOT NULL DEFAULT '',
    added REAL NOT NULL,
    opened REAL NOT NULL DEFAULT 0,
    position INTEGER NOT NULL DEFAULT 0,
    view_script TEXT NOT NULL DEFAULT '',  -- the reader's script choice for this document ('' = follow settings)
    indexed INTEGER NOT NULL DEFAULT 0     -- 0 waiting for the full pass, 1 in the text index, -1 unreadable
);
CREATE TABLE IF NOT EXISTS locations (
    path PRIMARY KEY,                      -- TEXT, or BLOB (os.fsencode) for a name that is not valid UTF-8
    doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    size INTEGER NOT NULL DEFAULT -1,
    mtime REAL NOT NULL DEFAULT -1,
    missing INTEGER NOT NULL DEFAULT 0,
    added REAL NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS locations_doc ON locations(doc_id);
CREATE INDEX IF NOT EXISTS documents_pending ON documents(indexed) WHERE indexed = 0;
CREATE TABLE IF NOT EXISTS folders (path PRIMARY KEY, added REAL NOT NULL);
-- Files the reader removed from the list: a rescan of a watched folder does not bring them back (adding one does).
CREATE TABLE IF NOT EXISTS removed (path PRIMARY KEY, at REAL NOT NULL);
CREATE TABLE IF NOT EXISTS texts (
    doc_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    title TEXT NOT NULL DEFAULT '',        -- as indexed (the index needs it again to delete the row)
    body BLOB NOT NULL,                    -- zlib of the cleaned text (snippets, offsets of hits)
    headings TEXT NOT NULL DEFAULT '[]',   -- JSON [[offset, depth, label], ...] for the section of a hit
    counted INTEGER NOT NULL DEFAULT 0,    -- 2 its counts within its walls are in fts_counts, 1 the whole text's
                                           -- (older), 0 none yet (older still), -1 unreadable
    walls TEXT,                            -- JSON [offset, ...] of the lines a word stops at (counted 2)
    cleaning INTEGER NOT NULL DEFAULT 0    -- reader.text.textversion.TEXT_VERSION of the cleaning that made the body
);                                         -- (0: older, or written by an older zhreader: read again at start-up)
CREATE INDEX IF NOT EXISTS texts_uncounted ON texts(doc_id) WHERE counted = 0;
CREATE INDEX IF NOT EXISTS texts_cleaning ON texts(cleaning);
-- Removed documents whose index entries are still to be deleted (the contentless index needs their tokens): the
-- window deletes them a few at a time, after the removal itself, and a search leaves these ids out meanwhile.
CREATE TABLE IF NOT EXISTS unindexing (doc_id INTEGER PRIMARY KEY, title TEXT NOT NULL DEFAULT '', body BLOB,
                                       counted INTEGER NOT NULL DEFAULT 0, walls TEXT);
CREATE VIRTUAL TABLE IF NOT EXISTS fts USING fts5(title, body, content='', detail='column', tokenize='unicode61');
-- How often each gram occurs per document, as bucket tokens (reader.storage.counts): what ranking reads.
CREATE VIRTUAL TABLE IF NOT EXISTS fts_counts USING fts5(grams, content='', detail='none', tokenize='unicode61');
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
-- The author and editor cleaning moved into the reading pane's header, and the header's fields (文号, 发文机关, source,
-- author, editor) as the library search screens them (reader.storage.header), a row written by every full pass. A
-- table of its own, not columns: an older zhreader still opens the catalogue (it does not know the table).
CREATE TABLE IF NOT EXISTS bylines (doc_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
                                    author TEXT NOT NULL DEFAULT '', editor TEXT NOT NULL DEFAULT '',
                                    header TEXT NOT NULL DEFAULT '');
"""

# Every change to what a document's row lists (its title, source, dates, header, count …) counts once in meta's
# 'listed' (a reading position or an opening does not): the window's list compares it, not the rows, to learn that
# another program retitled a document. A trigger, not a column: an older zhreader writing the catalogue counts too.
_LISTED = ("title", "source", "date", "script", "chars", "encoding", "hash", "size", "authority", "number",
           "written", "published", "kind")
LISTED_TRIGGER = ("CREATE TRIGGER IF NOT EXISTS documents_listed AFTER UPDATE OF " + ", ".join(_LISTED)
                  + " ON documents WHEN " + " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in _LISTED)
                  + " BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'listed'; END")


class SchemaError(Exception):
    """The database is a newer catalogue than this program understands."""


def to_db_path(path: str) -> str | bytes:
    """A path as SQLite can bind it: text when it is valid UTF-8, else its bytes (names from old file systems)."""
    try:
        path.encode("utf-8")
        return path
    except UnicodeEncodeError:
        return os.fsencode(path)


def from_db_path(value: object) -> str:
    """The inverse of to_db_path, tolerant of whatever an old or damaged database holds."""
    if isinstance(value, bytes):
        return os.fsdecode(value)
    return value if isinstance(value, str) else str(value)


def as_text(value: object) -> str:
    """A text column from an old database may hold NULL, numbers or bytes: read it as text."""
    if value is None:
        return ""
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return value if isinstance(value, str) else str(value)


def as_int(value: object) -> int:
    """An integer column read leniently (an old database may store '12', 1.5 or a blob)."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int):
        return value
    try:
        return int(float(as_text(value)))
    except (ValueError, OverflowError):
        return 0


def as_float(value: object) -> float:
    try:
        return float(value) if isinstance(value, (int, float)) else float(as_text(value))
    except (ValueError, OverflowError):
        return 0.0


def version(db: sqlite3.Connection) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def _has_table(db: sqlite3.Connection, name: str) -> bool:
    return db.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name=?", (name,)).fetchone() is not None


def _has_trigger(db: sqlite3.Connection) -> bool:
    return db.execute("SELECT 1 FROM sqlite_master WHERE type='trigger' AND name='documents_listed'").fetchone() \
        is not None


def _columns(db: sqlite3.Connection, table: str) -> set[str]:
    return {row[1] for row in db.execute(f"PRAGMA table_info({table})")}


def ensure(db: sqlite3.Connection) -> None:
    """Create or migrate the tables to VERSION in one transaction (autocommit connection expected)."""
    current = version(db)
    if current > VERSION:
        raise SchemaError(f"the library was written by a newer zhreader (schema {current}, this one knows {VERSION})")
    if current == VERSION and all(_has_table(db, t) for t in ("documents", "fts", "removed", "unindexing",
                                                              "fts_counts", "bylines")) and _has_trigger(db) \
            and "cleaning" in _columns(db, "texts"):
        return  # (a catalogue of this version made before 'removed' existed gets it below: the statements are
        # idempotent)
    foreign_keys = db.execute("PRAGMA foreign_keys").fetchone()[0]
    db.execute("PRAGMA foreign_keys = OFF")  # (outside a transaction only) dropping the documents table rebuilt
    # by _autoincrement must not delete the locations and texts that refer to it
    db.execute("BEGIN IMMEDIATE")
    try:
        current = version(db)  # another instance may have migrated while we waited for the lock
        if current < VERSION:
            legacy = _has_table(db, "documents") and "path" in _columns(db, "documents")
            if legacy:
                db.execute("ALTER TABLE documents RENAME TO documents_v1")
            _create_tables(db)
            if legacy:
                _migrate_v1(db)
            if current < 5:  # the texts counted so far are counted again, within their walls, by the worker
                db.execute("INSERT OR REPLACE INTO meta (key, value) SELECT 'recount', coalesce(max(doc_id), 0)"
                           " FROM texts")
                db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('recounted', '0')")
            db.execute(f"PRAGMA user_version = {VERSION}")
        else:
            _create_tables(db)
        db.execute("COMMIT")
    except BaseException:
        db.execute("ROLLBACK")
        raise
    finally:
        db.execute(f"PRAGMA foreign_keys = {int(foreign_keys)}")


def _create_tables(db: sqlite3.Connection) -> None:
    """The tables of this version where they are missing, the stored texts flagged for their counts first."""
    _add_counted(db)
    _autoincrement(db)
    for statement in TABLES.split(";"):
        if statement.strip():
            db.execute(statement)
    db.execute("INSERT OR IGNORE INTO meta (key, value) VALUES ('listed', '0')")
    db.execute(LISTED_TRIGGER)  # (a catalogue of this version made before it gets it here: nothing else changes)


def _add_counted(db: sqlite3.Connection) -> None:
    """Schema 2 to 3: the stored texts (and those waiting to be unindexed) get the flag saying their counts are
    kept; every one starts at 0, and a worker counts them (reader.storage.counts.fill_counts). Nothing is rebuilt
    here: opening stays instant, and search ranks as before until the counts are all there."""
    for table in ("texts", "unindexing"):
        if _has_table(db, table) and "counted" not in _columns(db, table):
            db.execute(f"ALTER TABLE {table} ADD COLUMN counted INTEGER NOT NULL DEFAULT 0")
        if _has_table(db, table) and "walls" not in _columns(db, table):  # schema 4 to 5 (no row is rewritten)
            db.execute(f"ALTER TABLE {table} ADD COLUMN walls TEXT")
    if _has_table(db, "texts") and "cleaning" not in _columns(db, "texts"):  # within schema 5: an older zhreader
        # still opens the catalogue, and a text it stores is left at 0 (read again here at the next start)
        db.execute("ALTER TABLE texts ADD COLUMN cleaning INTEGER NOT NULL DEFAULT 0")


def _autoincrement(db: sqlite3.Connection) -> None:
    """Schema 3 to 4: the documents table is rebuilt with AUTOINCREMENT (foreign keys off, in the migration's
    transaction), every row and id kept. Before, removing the newest document gave its id to the next one added,
    so work still pending under that id (an import's listing, its full pass) went to the new document."""
    row = db.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'documents'").fetchone()
    if row is None or "AUTOINCREMENT" in as_text(row[0]).upper():
        return
    create = next(s for s in TABLES.split(";") if "TABLE IF NOT EXISTS documents (" in s)
    db.execute(create.replace("IF NOT EXISTS documents (", "documents_v4 ("))
    columns = ", ".join(sorted(_columns(db, "documents") & _columns(db, "documents_v4")))
    db.execute(f"INSERT INTO documents_v4 ({columns}) SELECT {columns} FROM documents")
    db.execute("DROP TABLE documents")
    db.execute("ALTER TABLE documents_v4 RENAME TO documents")
    used = [db.execute(f"SELECT coalesce(max({c}), 0) FROM {t}").fetchone()[0]
            for t, c in (("documents", "id"), ("unindexing", "doc_id"), ("texts", "doc_id")) if _has_table(db, t)]
    db.execute("DELETE FROM sqlite_sequence WHERE name = 'documents'")
    db.execute("INSERT INTO sqlite_sequence (name, seq) VALUES ('documents', ?)", (max(used),))


def refresh_official(db: sqlite3.Connection) -> int:
    """Queue for the full pass (which reads the file again) the documents an older metadata reading left without a
    date, 文号 or issuer, and laws and rules (an amendment note dates them), once per reading; files that are missing
    wait as before. Returns how many were queued."""
    return _queue_once(db, "official", OFFICIAL_READING,
                       "(written = '' OR published = '' OR number = '' OR authority = ''"
                       f" OR kind IN ({', '.join('?' * len(_AMENDABLE))}))", _AMENDABLE, "metadata")


def refresh_bylines(db: sqlite3.Connection) -> int:
    """Queue for the full pass, once, the documents read before their author and editor were kept (no bylines row):
    the search finds a document by its header, and only reading the file again gives what cleaning moved there.
    Files that are missing wait as before. Returns how many were queued."""
    return _queue_once(db, "bylines", BYLINES_READING,
                       "NOT EXISTS (SELECT 1 FROM bylines WHERE doc_id = documents.id)", (), "header")


def refresh_cleaning(db: sqlite3.Connection, current: int) -> int:
    """Queue for the full pass the documents whose stored text an older cleaning made (reader.text.textversion):
    their hits' offsets and snippets are of a text the reader no longer sees. Their files are only read, in the
    background; a missing file's text stays until it is found. Looked up through an index, without a write when
    none is stale, so every start-up asks. Returns how many were queued."""
    stale = ("SELECT doc_id FROM texts WHERE cleaning < ?"
             " AND EXISTS (SELECT 1 FROM documents WHERE id = texts.doc_id AND indexed = 1)"
             " AND EXISTS (SELECT 1 FROM locations WHERE doc_id = texts.doc_id AND missing = 0)")
    if db.execute(stale + " LIMIT 1", (current,)).fetchone() is None:
        return 0
    db.execute("BEGIN IMMEDIATE")
    try:
        queued = db.execute(f"UPDATE documents SET indexed = 0 WHERE id IN ({stale})", (current,)).rowcount
        db.execute("COMMIT")
    except BaseException:
        db.execute("ROLLBACK")
        raise
    log.info("library: %d documents queued to read their text again (cleaned by an older zhreader)", queued)
    return queued


def _queue_once(db: sqlite3.Connection, key: str, reading: str, where: str, params: tuple, what: str) -> int:
    """One transaction marks the rows and the reading done, so a kill between them neither loses nor repeats it."""
    row = db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    if row is not None and row[0] == reading:
        return 0
    db.execute("BEGIN IMMEDIATE")
    try:
        queued = db.execute("UPDATE documents SET indexed = 0 WHERE indexed = 1 AND " + where +
                            " AND EXISTS (SELECT 1 FROM locations WHERE doc_id = documents.id AND missing = 0)",
                            params).rowcount
        db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, reading))
        db.execute("COMMIT")
    except BaseException:
        db.execute("ROLLBACK")
        raise
    if queued:
        log.info("library: %d documents queued to read their %s again", queued, what)
    return queued


def _migrate_v1(db: sqlite3.Connection) -> None:
    """Rows of the path-keyed table become documents with one location; the full pass later reads their text."""
    have = _columns(db, "documents_v1")  # an older release may lack some (source came later than path and title)
    wanted = ("path", "title", "source", "date", "script", "chars", "encoding", "added", "position")
    select = ", ".join(c if c in have else "NULL" for c in wanted)
    order = "added, rowid" if "added" in have else "rowid"
    rows = db.execute(f"SELECT {select} FROM documents_v1 ORDER BY {order}").fetchall()
    now = time.time()
    moved = 0
    for path, title, source, date, script, chars, encoding, added, position in rows:
        if path is None:
            continue
        key = to_db_path(from_db_path(path))
        if db.execute("SELECT 1 FROM locations WHERE path = ?", (key,)).fetchone():
            continue
        cur = db.execute(
            "INSERT INTO documents (title, source, date, script, chars, encoding, added, position)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (as_text(title), as_text(source), as_text(date), as_text(script), as_int(chars), as_text(encoding),
             as_float(added) or now, as_int(position)))
        db.execute("INSERT INTO locations (path, doc_id, added) VALUES (?, ?, ?)", (key, cur.lastrowid, now))
        moved += 1
    db.execute("DROP TABLE documents_v1")
    log.info("library: migrated %d entries from the path-keyed table", moved)
