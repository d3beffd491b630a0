"""The document list that persists between runs, in SQLite."""

from __future__ import annotations

import logging
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    path TEXT PRIMARY KEY,
    title TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '',
    date TEXT NOT NULL DEFAULT '',
    script TEXT NOT NULL DEFAULT '',
    chars INTEGER NOT NULL DEFAULT 0,
    encoding TEXT NOT NULL DEFAULT '',
    added REAL NOT NULL,
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""


class LibraryError(Exception):
    """The library database cannot be opened or written."""


@dataclass(frozen=True)
class Entry:
    """What the document list shows for one file, so it can be drawn without reopening the file."""

    path: str
    title: str = ""
    source: str = ""
    date: str = ""
    script: str = ""
    chars: int = 0
    encoding: str = ""
    position: int = 0


_COLUMNS = ("path", "title", "source", "date", "script", "chars", "encoding", "position")


class Library:
    """Document entries keyed by absolute path; the documents themselves are never written."""

    def __init__(self, db_path: Path) -> None:
        try:
            db_path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(str(db_path))
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.executescript(_SCHEMA)
            self._db.commit()
        except (OSError, sqlite3.Error) as exc:
            raise LibraryError(f"cannot open the library at {db_path}: {exc}") from exc

    def close(self) -> None:
        self._db.close()

    def entries(self) -> list[Entry]:
        """Entries in the order they were added."""
        rows = self._db.execute(f"SELECT {', '.join(_COLUMNS)} FROM documents ORDER BY added, rowid")
        return [Entry(*row) for row in rows]

    def get(self, path: str) -> Entry | None:
        row = self._db.execute(f"SELECT {', '.join(_COLUMNS)} FROM documents WHERE path = ?", (path,)).fetchone()
        return Entry(*row) if row else None

    def add(self, entry: Entry) -> None:
        """Insert or refresh an entry, keeping its place in the list and its reading position."""
        try:
            with self._db:
                self._db.execute(
                    "INSERT INTO documents (path, title, source, date, script, chars, encoding, added)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                    " ON CONFLICT(path) DO UPDATE SET title=excluded.title, source=excluded.source,"
                    " date=excluded.date, script=excluded.script, chars=excluded.chars, encoding=excluded.encoding",
                    (entry.path, entry.title, entry.source, entry.date, entry.script, entry.chars,
                     entry.encoding, time.time()),
                )
        except sqlite3.Error as exc:
            raise LibraryError(f"cannot save {entry.path} to the library: {exc}") from exc

    def remove(self, path: str) -> None:
        """Forget an entry; the file itself is untouched."""
        with self._db:
            self._db.execute("DELETE FROM documents WHERE path = ?", (path,))

    def set_position(self, path: str, position: int) -> None:
        with self._db:
            self._db.execute("UPDATE documents SET position = ? WHERE path = ?", (position, path))

    def is_seeded(self) -> bool:
        """Whether the bundled seeds were added once already (so removing them sticks)."""
        return self._db.execute("SELECT 1 FROM meta WHERE key = 'seeded'").fetchone() is not None

    def mark_seeded(self) -> None:
        with self._db:
            self._db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('seeded', '1')")
