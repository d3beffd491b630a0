"""Removing documents from the library in one transaction, however many, without re-tokenising their texts: each
removed document's indexed text is set aside (reader.storage.index.defer_unindex) and its index entries are deleted
later, a few at a time (finish_unindexing), so a thousand rows removed at once cost a thousand row copies."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from reader.storage.counts import fill_counts
from reader.storage.index import defer_unindex, finish_unindexing
from reader.storage.schema import from_db_path, to_db_path

WORKER_WAIT_S = 10.0  # the worker waits for the window's (short) writes and an import's batch
COUNT_STEP = 8  # texts counted per transaction (a few milliseconds each; a long one a good part of a second)


def remove_paths(db: sqlite3.Connection, paths: list[str]) -> int:
    """Forget the documents listed at these paths, each with every location it has (a copy in another added folder,
    the seeds' duplicate: a removed row must not come back under its copy at the next start), in the caller's
    transaction; how many documents went. The 'removed' list gets every one of their paths, so a rescan of a
    watched folder leaves them out (adding the file or its folder again lists it)."""
    now, gone = time.time(), 0
    for path in paths:
        row = db.execute("SELECT doc_id FROM locations WHERE path = ?", (to_db_path(path),)).fetchone()
        if row is None:
            continue
        forget_locations(db, row[0], now)
        defer_unindex(db, row[0])
        gone += db.execute("DELETE FROM documents WHERE id = ?", (row[0],)).rowcount
    return gone


def forget_locations(db: sqlite3.Connection, doc_id: int, now: float | None = None) -> None:
    """Delete a document's locations, every path put on the 'removed' list (in the caller's transaction)."""
    keys = [key for key, in db.execute("SELECT path FROM locations WHERE doc_id = ?", (doc_id,))]
    at = time.time() if now is None else now
    db.executemany("INSERT OR REPLACE INTO removed (path, at) VALUES (?, ?)", [(key, at) for key in keys])
    db.execute("DELETE FROM locations WHERE doc_id = ?", (doc_id,))


@dataclass(frozen=True)
class Copy:
    """Another location of a document, as catalogued: an undo of the document's removal writes it back as it was."""

    path: str
    size: int
    mtime: float
    missing: bool
    added: float


def copies(library, path: str) -> list[Copy]:
    """The other locations of the document listed at `path` (none for a path the catalogue does not know)."""
    key = to_db_path(path)
    rows = library.connection.execute(
        "SELECT path, size, mtime, missing, added FROM locations WHERE path != ? AND doc_id ="
        " (SELECT doc_id FROM locations WHERE path = ?) ORDER BY added, rowid", (key, key))
    return [Copy(from_db_path(p), size, mtime, bool(missing), added) for p, size, mtime, missing, added in rows]


def finish_unindexing_at(db_path: Path, budget_s: float = 0.25) -> int:
    """On a worker: delete removed documents' index entries, one transaction each (a long text's tokens take a good
    part of a second, and the window's writes must not wait that long); how many are still to be deleted."""
    return _in_steps(db_path, lambda db: finish_unindexing(db, 1), budget_s)


def fill_counts_at(db_path: Path, budget_s: float = 0.25) -> int:
    """On a worker: count the texts a library indexed before counts were kept (reader.storage.counts), a few per
    transaction; how many are still to be counted."""
    return _in_steps(db_path, lambda db: fill_counts(db, COUNT_STEP), budget_s)


def _in_steps(db_path: Path, step: Callable[[sqlite3.Connection], int], budget_s: float) -> int:
    """With a connection of its own, run `step` (which says how much is left) one transaction at a time for about
    `budget_s`, so the window's writes wait one step at most; what is left."""
    db = sqlite3.connect(str(db_path), isolation_level=None, timeout=WORKER_WAIT_S)
    try:
        db.execute("PRAGMA foreign_keys = ON")
        start = time.monotonic()
        while True:
            db.execute("BEGIN IMMEDIATE")
            try:
                left = step(db)
                db.execute("COMMIT")
            except BaseException:
                db.execute("ROLLBACK")
                raise
            if not left or time.monotonic() - start > budget_s:
                return left
    finally:
        db.close()


def unindexing_left(db: sqlite3.Connection) -> bool:
    """Whether removed documents still have index entries to delete (a window closed mid-way, the command line)."""
    try:
        return db.execute("SELECT 1 FROM unindexing LIMIT 1").fetchone() is not None
    except sqlite3.Error:
        return False


def restore(library, entries: list, stats: dict[str, tuple[int, float]] | None = None,
            others: dict[str, list[Copy]] | None = None) -> None:
    """Undo of a removal: the rows come back under their ids (a script keyed by `library list`'s ids still finds
    them), with their reading place, script choice and keywords (their text is indexed again, the files never having
    been touched), and rescans list them again; `stats` by path, each file's size and time as catalogued before the
    removal; `others` by path, the document's other locations (copies()), back as they were. One transaction: a
    failure (LibraryBusy, LibraryError) leaves the catalogue as it was, so the undo can be written again whole."""
    try:
        with library.transaction() as db:
            library.add_in(db, entries, stats, keep_ids=True)
            for entry in entries:
                key = to_db_path(entry.path)
                db.execute("UPDATE documents SET position = ?, opened = ?, added = ?, view_script = ?, keywords = ?"
                           " WHERE id = (SELECT doc_id FROM locations WHERE path = ?)",
                           (entry.position, entry.opened, entry.added, entry.view_script, entry.keywords, key))
                if entry.added > 0:  # named by this path again, not by a copy found since (the seeds' duplicates)
                    db.execute("UPDATE locations SET added = min(added, ?) WHERE path = ?", (entry.added, key))
                db.execute("DELETE FROM removed WHERE path = ?", (key,))
                if entry.missing:  # its file was gone when removed: still shown as missing, not as readable
                    db.execute("UPDATE locations SET missing = 1 WHERE path = ?", (key,))
                for copy in (others or {}).get(entry.path, ()):  # after it: the row keeps its path
                    other = to_db_path(copy.path)
                    db.execute("INSERT OR IGNORE INTO locations (path, doc_id, size, mtime, missing, added)"
                               " SELECT ?, doc_id, ?, ?, ?, ? FROM locations WHERE path = ?",
                               (other, copy.size, copy.mtime, int(copy.missing), copy.added, key))
                    db.execute("DELETE FROM removed WHERE path = ?", (other,))
    except (OverflowError, ValueError) as exc:
        from reader.storage.library import LibraryError  # the library imports this module

        raise LibraryError(f"cannot save to the library: {exc}") from exc
