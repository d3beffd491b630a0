"""A library left by an older metadata reading, reopened by this one: the steps the refresh tests share (rounds 63Q,
64Q, 65T, 68A, 69C)."""

from __future__ import annotations

from pathlib import Path

from reader.storage import schema
from reader.storage.importer import import_paths, index_pending
from reader.storage.library import Library


def imported(tmp_path: Path, text: str, name: str) -> tuple[Library, Path, Path]:
    """A library of one document of `text`, imported and indexed: (the library, its database, the document)."""
    doc = tmp_path / name
    doc.write_text(text, encoding="utf-8")
    db = tmp_path / "lib.sqlite3"
    lib = Library(db)
    import_paths(lib, [str(doc)])
    index_pending(lib)
    return lib, db, doc


def reopened_after(lib: Library, db: Path, update: str, reading: int) -> Library:
    """The library as reading `reading` left it (`update` sets the rows it wrote), closed and opened again: the
    newer reader reads it on opening."""
    lib.connection.execute(update)
    lib.connection.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('official', ?)", (str(reading),))
    lib.close()
    lib = Library(db)
    index_pending(lib)
    return lib


def read_once(lib: Library, db: Path) -> bool:
    """Opened once more, the library is not read again: the refresh runs once per reading."""
    lib.close()
    return schema.refresh_official(Library(db).connection) == 0
