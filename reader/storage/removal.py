"""Removing documents from the library in one transaction, however many, without re-tokenising their texts: each
removed document's indexed text is set aside (reader.storage.index.defer_unindex) and its index entries are deleted
later, a few at a time (finish_unindexing), so a thousand rows removed at once cost a thousand row copies."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

from reader.storage.counts import fill_counts
from reader.storage.index import defer_unindex, finish_unindexing
from reader.storage.schema import to_db_path

WORKER_WAIT_S = 10.0  # the worker waits for the window's (short) writes and an import's batch
COUNT_STEP = 8  # texts counted per transaction (a few milliseconds each; a long one a good part of a second)


def remove_paths(db: sqlite3.Connection, paths: list[str]) -> int:
    """Forget these locations, and each document left with none (in the caller's transaction); how many documents
    went. The 'removed' list gets every path, so a rescan leaves them out."""
    now, gone = time.time(), 0
    for path in paths:
        key = to_db_path(path)
        row = db.execute("SELECT doc_id FROM locations WHERE path = ?", (key,)).fetchone()
        if row is None:
            continue
        db.execute("DELETE FROM locations WHERE path = ?", (key,))
        db.execute("INSERT OR REPLACE INTO removed (path, at) VALUES (?, ?)", (key, now))
        if not db.execute("SELECT 1 FROM locations WHERE doc_id = ?", (row[0],)).fetchone():
            defer_unindex(db, row[0])
            gone += db.execute("DELETE FROM documents WHERE id = ?", (row[0],)).rowcount
    return gone


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


def restore(library, entries: list, stats: dict[str, tuple[int, float]] | None = None) -> None:
    """Undo of a removal: the rows come back under their ids (a script keyed by `library list`'s ids still finds
    them), with their reading place, script choice and keywords (their text is indexed again, the files never having
    been touched), and rescans list them again; `stats` by path, each file's size and time as catalogued before the
    removal. One transaction: a failure (LibraryBusy, LibraryError) leaves the catalogue as it was, so the undo can
    be written again whole."""
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
    except (OverflowError, ValueError) as exc:
        from reader.storage.library import LibraryError  # the library imports this module

        raise LibraryError(f"cannot save to the library: {exc}") from exc
