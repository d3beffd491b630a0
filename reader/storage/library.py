"""The catalogue that persists between runs, in SQLite: documents by content, each with one or more locations."""

from __future__ import annotations

import logging
import os
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from reader.storage import recovery, removal, schema
from reader.storage.index import finish_unindexing
from reader.storage.entries import ALL_TYPED, DOC_COLUMNS, PRIMARY, ROW_FIELDS, SELECT, TAIL_COLUMNS, Entry, row_entry
from reader.storage.schema import from_db_path, to_db_path
from reader.text.textversion import TEXT_VERSION

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 10000  # another instance importing holds the write lock for one batch at most
_READ_ONLY_CODES = (sqlite3.SQLITE_READONLY, sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_PERM)


class LibraryError(Exception):
    """The library database cannot be opened or written."""


class LibraryBusy(LibraryError):
    """Another connection (the import process, a second window) held the write lock longer than this one waits."""


def _connect(target: str, uri: bool = False) -> sqlite3.Connection:
    db = sqlite3.connect(target, isolation_level=None, uri=uri, timeout=BUSY_TIMEOUT_MS / 1000)
    db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    db.execute("PRAGMA foreign_keys = ON")
    return db


def file_identity(path: str | os.PathLike) -> tuple[int, int] | None:
    """A file's device and inode (links followed): the same for every spelling of its path. None where no file is,
    or where the system gives none (0, 0)."""
    try:
        info = os.stat(path)
    except (OSError, ValueError):
        return None
    identity = (info.st_dev, info.st_ino)
    return identity if identity != (0, 0) else None


def catalogue_files(db_path: Path) -> frozenset[tuple[int, int]]:
    """The identities of the catalogue and its log, shared memory and journal: never opened as a document in a
    process that holds a connection to them (closing a descriptor on one drops the process's SQLite locks on it, and
    another process's writes then break the catalogue). Only stat: nothing is opened here."""
    found = {file_identity(f"{db_path}{suffix}") for suffix in ("", "-wal", "-shm", "-journal")}
    found.discard(None)
    return frozenset(found)


def _is_busy(exc: BaseException) -> bool:
    """Another connection's lock, as opposed to a write that cannot be made (a full disk, a read-only file)."""
    code = getattr(exc, "sqlite_errorcode", 0) or 0
    return isinstance(exc, sqlite3.OperationalError) and code & 0xFF in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)


class Library:
    """Documents keyed by content hash, found through their locations; the documents themselves are never written.

    Opening never loses the reader's work silently: a damaged database is moved aside (its name printed in
    `message`) and a new one made, with the paths that could still be read from the old one in `salvaged`;
    a data directory that cannot be written gives a read-only session (an in-memory copy) with `read_only` set.
    """

    def __init__(self, db_path: Path) -> None:
        self.path = db_path
        self.read_only = False
        self.message = ""
        self.salvaged: list[str] = []
        try:
            db_path.parent.mkdir(parents=True, exist_ok=True)
        except PermissionError:
            pass  # handled below as a read-only session
        except OSError as exc:
            raise LibraryError(f"cannot open the library at {db_path}: {exc}") from exc
        try:
            self._db = self._open()
        except (OSError, sqlite3.Error, schema.SchemaError) as exc:
            raise LibraryError(f"cannot open the library at {db_path}: {exc}") from exc

    # -- opening -----------------------------------------------------------------------------------------------

    def _writable(self) -> bool:
        target = self.path if self.path.exists() else self.path.parent
        return target.exists() and os.access(target, os.W_OK) and os.access(self.path.parent, os.W_OK)

    def _open(self) -> sqlite3.Connection:
        if not self._writable():
            return self._open_read_only()
        try:
            db = _connect(str(self.path))
            recovery.check_sound(db)
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            schema.ensure(db)
            schema.refresh_official(db)
            schema.refresh_bylines(db)
            schema.refresh_cleaning(db, TEXT_VERSION)
            return db
        except sqlite3.DatabaseError as exc:
            if (getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF in _READ_ONLY_CODES:
                return self._open_read_only()
            if not recovery.is_damaged(exc):
                raise
            try:
                db.close()
            except (NameError, sqlite3.Error):
                pass
            return self._rebuild(exc)

    def _rebuild(self, exc: Exception) -> sqlite3.Connection:
        """Move a damaged database aside (kept for recovery) and start a new one from the paths it still gives."""
        aside = recovery.move_aside(self.path)
        self.salvaged = recovery.salvage_paths(aside)
        found = len(self.salvaged)
        locations = "the 1 file location that" if found == 1 else f"the {found} file locations that"
        self.message = (f"The library database was damaged ({exc}); it was moved to {aside} and a new one "
                        f"was made from {locations} could still be read.")
        log.warning("%s", self.message)
        db = _connect(str(self.path))
        db.execute("PRAGMA journal_mode=WAL")
        schema.ensure(db)
        now = time.time()
        db.execute("BEGIN IMMEDIATE")
        for path in self.salvaged:
            cur = db.execute("INSERT INTO documents (added) VALUES (?)", (now,))
            db.execute("INSERT OR IGNORE INTO locations (path, doc_id, added) VALUES (?, ?, ?)",
                       (to_db_path(path), cur.lastrowid, now))
        db.execute("COMMIT")
        return db

    def _open_read_only(self) -> sqlite3.Connection:
        """An in-memory copy of the catalogue: the session works, nothing is saved."""
        self.read_only = True
        memory = _connect(":memory:")
        if self.path.exists():
            for options in ("mode=ro", "mode=ro&immutable=1"):  # immutable: a WAL file without its -shm
                try:
                    source = _connect(f"{self.path.as_uri()}?{options}", uri=True)
                    source.backup(memory)
                    source.close()
                    break
                except sqlite3.Error as exc:
                    log.warning("cannot read %s (%s): %s", self.path, options, exc)
        schema.ensure(memory)
        self.message = (f"The data folder {self.path.parent} cannot be written: this session's changes to the "
                        "library will not be saved.")
        log.warning("%s", self.message)
        return memory

    @classmethod
    def joined(cls, db_path: Path) -> Library:
        """Another connection to a library opened already (a writer's thread): no checks, never moved aside."""
        library = cls.__new__(cls)
        library.path, library.read_only, library.message, library.salvaged = db_path, False, "", []
        library._db = _connect(str(db_path))
        return library

    def close(self) -> None:
        self._db.close()

    def set_wait(self, ms: int) -> None:
        """How long a write waits for another connection's write lock before LibraryBusy (the window waits little:
        an import holds the lock for a batch, and the reader must not wait for it)."""
        self._db.execute(f"PRAGMA busy_timeout = {int(ms)}")

    @property
    def connection(self) -> sqlite3.Connection:
        """For the importer and search modules of this package."""
        return self._db

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction (BEGIN IMMEDIATE, so two instances queue instead of deadlocking); a database
        error inside becomes a LibraryError and nothing of the transaction stays."""
        try:
            self._db.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            if _is_busy(exc):
                raise LibraryBusy(f"the library is busy: {exc}") from exc
            raise LibraryError(f"cannot write the library: {exc}") from exc
        try:
            yield self._db
            self._db.execute("COMMIT")
        except BaseException as exc:
            try:
                self._db.execute("ROLLBACK")
            except sqlite3.Error:
                pass
            if _is_busy(exc):  # a lock met after BEGIN (a checkpoint, a shared cache): nothing stayed, try again
                raise LibraryBusy(f"the library is busy: {exc}") from exc
            if isinstance(exc, sqlite3.Error):
                raise LibraryError(f"cannot write the library: {exc}") from exc
            raise

    # -- the list --------------------------------------------------------------------------------------------

    def entries(self) -> list[Entry]:
        """One entry per document, in the order they were added (two plain scans, joined here: the list of a
        10,000-document library is read at start-up, so the rows become entries without dataclass __init__)."""
        rows = self._db.execute("SELECT doc_id, path, missing FROM locations"
                                " ORDER BY doc_id DESC, missing DESC, added DESC, rowid DESC")
        first = {doc_id: (path, missing) for doc_id, path, missing in rows}  # the last one kept: the first in order
        columns = ", ".join("coalesce(hash, '')" if c == "hash" else c for c in DOC_COLUMNS + TAIL_COLUMNS)
        typed = self._db.execute(ALL_TYPED).fetchone()[0] == 0  # as this program writes them: no conversion
        out = []
        make, get = object.__new__, first.get
        for row in self._db.execute(f"SELECT {columns} FROM documents ORDER BY added, id"):
            place = get(row[7])
            if place is None:
                continue
            path, missing = place
            if typed and type(path) is str:
                entry = make(Entry)
                fields = entry.__dict__
                fields.update(zip(ROW_FIELDS, row))
                fields["path"] = path
                fields["missing"] = bool(missing)
                out.append(entry)
            else:
                out.append(row_entry((path, *row[:17], missing, *row[17:])))
        return out

    def entries_since(self, doc_id: int) -> list[Entry]:
        """Documents added after `doc_id` (an import's batches, for the list)."""
        rows = self._db.execute(SELECT + " WHERE d.id > ?" + PRIMARY + " ORDER BY d.id", (doc_id,))
        return [row_entry(row) for row in rows]

    def max_doc_id(self) -> int:
        return self._db.execute("SELECT coalesce(max(id), 0) FROM documents").fetchone()[0]

    def count(self) -> int:
        return self._db.execute("SELECT count(*) FROM documents").fetchone()[0]

    def get(self, path: str) -> Entry | None:
        row = self._db.execute(SELECT + " WHERE l.path = ?", (to_db_path(path),)).fetchone()
        return row_entry(row) if row else None

    def get_document(self, doc_id: int) -> Entry | None:
        row = self._db.execute(SELECT + " WHERE d.id = ?" + PRIMARY, (doc_id,)).fetchone()
        return row_entry(row) if row else None

    def listed(self, path: str) -> Entry | None:
        """The row the list shows for the document at `path`: one row per document, under its first location."""
        entry = self.get(path)
        return self.get_document(entry.doc_id) if entry is not None else None

    def locations(self, doc_id: int) -> list[tuple[str, bool]]:
        """Every path known for a document, with whether it is missing."""
        rows = self._db.execute("SELECT path, missing FROM locations WHERE doc_id = ? ORDER BY missing, added, rowid",
                                (doc_id,))
        return [(from_db_path(p), bool(m)) for p, m in rows]

    def add(self, entry: Entry, stat: tuple[int, float] | None = None) -> None:
        """Insert or refresh an entry, keeping its place in the list and its reading position; `stat`, the file's
        (size, mtime) when its text was read, is kept for a new location so opening it again unchanged reads
        nothing more (a known location keeps its own: a change since the catalogue read it is still noticed)."""
        self.add_entries([entry], {entry.path: stat} if stat is not None else None)

    def add_entries(self, entries: list[Entry], stats: dict[str, tuple[int, float]] | None = None) -> None:
        """Several entries in one transaction (a folder, the seeds); `stats` by path, as for `add`."""
        try:
            with self.transaction() as db:
                self.add_in(db, entries, stats)
        except (sqlite3.Error, OverflowError, ValueError) as exc:
            raise LibraryError(f"cannot save to the library: {exc}") from exc

    def add_in(self, db: sqlite3.Connection, entries: list[Entry],
               stats: dict[str, tuple[int, float]] | None = None, keep_ids: bool = False) -> None:
        """As add_entries, in the caller's transaction (an undo's rows and their fields are one write); `keep_ids`:
        a document not in the catalogue comes back under its entry's id (ids are never reused, so it is free)."""
        now = time.time()
        for entry in entries:
            self._upsert(db, entry, now, (stats or {}).get(entry.path), keep_ids)

    @staticmethod
    def _upsert(db: sqlite3.Connection, entry: Entry, now: float, stat: tuple[int, float] | None = None,
                keep_id: bool = False) -> int:
        key = to_db_path(entry.path)
        row = db.execute("SELECT doc_id FROM locations WHERE path = ?", (key,)).fetchone()
        fields = (entry.title, entry.source, entry.date, entry.script, entry.chars, entry.encoding,
                  entry.authority, entry.number, entry.written, entry.published, entry.kind)
        if row is None and entry.hash:
            row = db.execute("SELECT id FROM documents WHERE hash = ?", (entry.hash,)).fetchone()
        if row is None and keep_id and entry.doc_id > 0:  # still there when another of its locations was kept
            row = db.execute("SELECT id FROM documents WHERE id = ?", (entry.doc_id,)).fetchone()
        if row is None:
            cur = db.execute(
                "INSERT INTO documents (id, title, source, date, script, chars, encoding, authority, number, written,"
                " published, kind, size, hash, added) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (entry.doc_id if keep_id and entry.doc_id > 0 else None, *fields, entry.size, entry.hash or None, now))
            doc_id = cur.lastrowid
        else:
            doc_id = row[0]
            db.execute("UPDATE documents SET title=?, source=?, date=?, script=?, chars=?, encoding=?, authority=?,"
                       " number=?, written=?, published=?, kind=? WHERE id=?", (*fields, doc_id))
        size, mtime = stat if stat is not None else (-1, -1.0)
        db.execute("INSERT INTO locations (path, doc_id, size, mtime, added) VALUES (?, ?, ?, ?, ?)"
                   " ON CONFLICT(path) DO UPDATE SET missing = 0", (key, doc_id, size, mtime, now))
        return doc_id

    def remove(self, path: str) -> None:
        """Forget the document listed at this path, with all its locations; the files are untouched, and a rescan of
        their watched folders leaves them out (reader.storage.importer)."""
        self.remove_paths([path])

    def remove_paths(self, paths: list[str]) -> int:
        """Forget the documents at several paths in one transaction (reader.storage.removal); how many went."""
        with self.transaction() as db:
            return removal.remove_paths(db, paths)

    def finish_unindexing(self, most: int) -> int:
        """Delete the index entries of up to `most` removed documents; how many are still to be deleted."""
        with self.transaction() as db:
            return finish_unindexing(db, most)

    def remove_document(self, doc_id: int) -> bool:
        """Forget a document and all its locations (`library remove ID`, as the window's Delete: a rescan leaves its
        files out); no file is touched."""
        with self.transaction() as db:
            removal.forget_locations(db, doc_id)
            return self._delete_document(db, doc_id)

    @staticmethod
    def _delete_document(db: sqlite3.Connection, doc_id: int) -> bool:
        from reader.storage.index import unindex

        unindex(db, doc_id)
        return db.execute("DELETE FROM documents WHERE id = ?", (doc_id,)).rowcount > 0

    def set_position(self, path: str, position: int) -> None:
        """The reading position, which also makes the document 'recently read'; raises only LibraryBusy (to be
        retried): a damaged database must not stop the settings from being saved on close."""
        try:
            with self.transaction() as db:
                db.execute("UPDATE documents SET position = ?, opened = ? WHERE id ="
                           " (SELECT doc_id FROM locations WHERE path = ?)", (position, time.time(), to_db_path(path)))
        except LibraryBusy:
            raise
        except (LibraryError, OverflowError) as exc:
            log.warning("reading position of %s not saved: %s", path, exc)

    def mark_missing(self, path: str) -> None:
        """The file at this location is gone; the document keeps its entry and reading position."""
        with self.transaction() as db:
            db.execute("UPDATE locations SET missing = 1 WHERE path = ?", (to_db_path(path),))

    def catalogued_stat(self, path: str) -> tuple[int, float] | None:
        """(size, mtime) of the file at this location when it was last read; None for an unknown path."""
        return self._db.execute("SELECT size, mtime FROM locations WHERE path = ?", (to_db_path(path),)).fetchone()

    def set_view_script(self, path: str, script: str) -> None:
        """The script the reader chose for this document ('' follows the settings)."""
        with self.transaction() as db:
            db.execute("UPDATE documents SET view_script = ? WHERE id = (SELECT doc_id FROM locations WHERE path = ?)",
                       (script, to_db_path(path)))

    def set_keywords(self, path: str, keywords: list[str]) -> None:
        with self.transaction() as db:
            db.execute("UPDATE documents SET keywords = ? WHERE id = (SELECT doc_id FROM locations WHERE path = ?)",
                       (" ".join(keywords), to_db_path(path)))

    def is_seeded(self) -> bool:
        """Whether the bundled seeds were added once already (so removing them sticks)."""
        return self._db.execute("SELECT 1 FROM meta WHERE key = 'seeded'").fetchone() is not None

    def mark_seeded(self) -> None:
        with self.transaction() as db:
            db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('seeded', '1')")
