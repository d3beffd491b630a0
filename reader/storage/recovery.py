"""A damaged catalogue: telling damage from a busy or read-only database, moving it aside, and salvaging the
locations it still holds (the reader's list is never lost silently)."""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from pathlib import Path

from reader.atomic import aside_name
from reader.storage.schema import from_db_path

QUICK_CHECK_LIMIT = 32 * 1024 * 1024  # a full page check on open only below this size (start-up time)


def check_sound(db: sqlite3.Connection) -> None:
    """Raise sqlite3.DatabaseError when the file is not a sound database (cheap enough for start-up)."""
    db.execute("SELECT count(*) FROM sqlite_master").fetchone()
    size = db.execute("PRAGMA page_count").fetchone()[0] * db.execute("PRAGMA page_size").fetchone()[0]
    if size <= QUICK_CHECK_LIMIT:
        result = db.execute("PRAGMA quick_check(1)").fetchone()[0]
        if result != "ok":
            raise sqlite3.DatabaseError(result)
    else:
        for table in ("documents", "locations"):
            db.execute(f"SELECT count(*) FROM {table}").fetchone()


def move_aside(path: Path) -> Path:
    """Rename the database and its WAL files to `<name>.damaged-<time>` (kept for recovery); returns the new name."""
    aside = aside_name(path, "damaged")
    for suffix in ("", "-wal", "-shm"):
        part = Path(str(path) + suffix)
        if part.exists():
            os.replace(part, Path(str(aside) + suffix))
    return aside


def is_damaged(exc: sqlite3.DatabaseError) -> bool:
    """Corruption or not a database at all, as opposed to a busy or read-only database (which must not be moved)."""
    code = getattr(exc, "sqlite_errorcode", None)
    return (code or 0) & 0xFF in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB) or type(exc) is sqlite3.DatabaseError


def salvage_paths(damaged: Path) -> list[str]:
    """Whatever locations a damaged catalogue still yields, row by row until the damage.

    A truncated file still claims its old page count in its header, which makes SQLite refuse every page; a
    temporary copy with the count set to the pages actually present gives back the rows before the cut.
    """
    found: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "salvage.sqlite3"
        try:
            shutil.copyfile(damaged, copy)
            with open(copy, "r+b") as f:
                header = f.read(100)
                if header.startswith(b"SQLite format 3\x00"):
                    page_size = int.from_bytes(header[16:18], "big") or 65536
                    pages = copy.stat().st_size // page_size
                    if int.from_bytes(header[28:32], "big") > pages:
                        f.seek(28)
                        f.write(pages.to_bytes(4, "big"))
            db = sqlite3.connect(f"{copy.as_uri()}?mode=ro", uri=True)
        except (OSError, sqlite3.Error):
            return found
        for table in ("locations", "documents"):
            try:
                for (path,) in db.execute(f"SELECT path FROM {table}"):
                    text = from_db_path(path) if path is not None else ""
                    if text and text not in found:
                        found.append(text)
            except sqlite3.Error:
                continue
        db.close()
    return found
