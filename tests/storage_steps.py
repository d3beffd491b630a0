"""Libraries built as the storage tests need them: a folder of texts catalogued (rounds 69B, 69P), a library left by an
older metadata reading and reopened by this one (the refresh tests of rounds 63Q, 64Q, 65T, 68A, 69C)."""

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


def folder_library(folder: Path, texts: dict[str, str]) -> Library:
    """A library of a folder of UTF-8 files (name -> text), every one imported and indexed."""
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    lib = Library(folder / "library.sqlite3")
    import_paths(lib, [str(folder)])
    index_pending(lib)
    return lib
