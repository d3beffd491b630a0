"""Watched folders: every folder added is remembered, rescanned at start-up and when it changes, until the reader
stops watching it (its documents stay in the library)."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from reader.storage.library import Library
from reader.storage.schema import from_db_path, to_db_path

WATCH_LIMIT = 2000  # directories watched for changes at most (a file system watcher has a cost per directory)


def watched(db: sqlite3.Connection) -> list[str]:
    """The folders added to the library, in the order they were added."""
    return [from_db_path(p) for (p,) in db.execute("SELECT path FROM folders ORDER BY added, rowid")]


def unwatch(library: Library, folder: str) -> bool:
    """Stop watching a folder (and the folders below it that were added on their own); nothing is removed."""
    prefix = folder.rstrip(os.sep) + os.sep
    with library.transaction() as db:
        gone = [p for p in watched(db) if p == folder or p.startswith(prefix)]
        db.executemany("DELETE FROM folders WHERE path = ?", [(to_db_path(p),) for p in gone])
    return bool(gone)


def directories(folders: list[str], limit: int = WATCH_LIMIT) -> list[str]:
    """Each watched folder and the directories below it (hidden ones skipped, as an import skips them)."""
    found: list[str] = []
    for folder in folders:
        if not Path(folder).is_dir():
            continue
        for root, dirs, _files in os.walk(folder):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            found.append(root)
            if len(found) >= limit:
                return found
    return found
