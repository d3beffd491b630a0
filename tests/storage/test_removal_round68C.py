"""Session 68C: an undo of a removal is one write. restore used two transactions (the rows, then their reading
place and the 'removed' list), so a failure between them left half an undo; and a lock met after BEGIN (a statement
or the COMMIT finding the database locked) became a LibraryError, which the window's writer gives up on, while a
busy library is retried (LibraryBusy)."""

from __future__ import annotations

import sqlite3

import pytest

from reader.storage import importer, removal
from reader.storage.library import Library, LibraryBusy, LibraryError

TEXTS = {f"doc{i}.txt": f"关于第{i}项工作的通知\n\n一、总体要求\n加强监督管理，第{i}份。\n" for i in range(3)}


def _removed(tmp_path) -> tuple[Library, list, dict]:
    """A library of three documents, two of them read on (a place each) and then removed: (library, entries, stats)."""
    folder = tmp_path / "docs"
    folder.mkdir()
    for name, text in TEXTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    lib = Library(tmp_path / "data" / "library.sqlite3")
    importer.import_paths(lib, [str(folder)])
    paths = [str(folder / "doc0.txt"), str(folder / "doc1.txt")]
    for place, path in enumerate(paths, start=7):
        lib.set_position(path, place)
    entries = [lib.get(path) for path in paths]
    stats = {path: lib.catalogued_stat(path) for path in paths}
    lib.remove_paths(paths)
    return lib, entries, stats


def _removed_list(lib: Library) -> set[str]:
    return {path for path, in lib.connection.execute("SELECT path FROM removed")}


def test_an_undo_that_fails_midway_leaves_no_half_restored_rows(tmp_path):
    lib, entries, stats = _removed(tmp_path)
    removed_before = _removed_list(lib)
    lib.connection.execute("CREATE TRIGGER fail_undo BEFORE DELETE ON removed BEGIN SELECT RAISE(ABORT, 'disk"
                           " full'); END")  # the undo's second part fails, as a full disk would
    with pytest.raises(LibraryError):
        removal.restore(lib, entries, stats)
    assert all(lib.get(entry.path) is None for entry in entries)  # before: the rows back, without their places
    assert _removed_list(lib) == removed_before
    lib.connection.execute("DROP TRIGGER fail_undo")
    removal.restore(lib, entries, stats)  # written again, whole
    assert [lib.get(entry.path).position for entry in entries] == [7, 8]
    assert _removed_list(lib) == set()


class _LockedAt:
    """The library's connection, whose statement matching `sql` finds the database locked once (after BEGIN)."""

    def __init__(self, db: sqlite3.Connection, sql: str) -> None:
        self._db, self._sql, self.raised = db, sql, False

    def execute(self, statement: str, *args):
        if not self.raised and statement.startswith(self._sql):
            self.raised = True
            exc = sqlite3.OperationalError("database is locked")
            exc.sqlite_errorcode = sqlite3.SQLITE_BUSY
            raise exc
        return self._db.execute(statement, *args)

    def __getattr__(self, name: str):
        return getattr(self._db, name)


@pytest.mark.parametrize("sql", ["UPDATE documents SET position", "COMMIT"])
def test_a_lock_met_after_begin_is_busy_to_be_retried_not_a_failure(tmp_path, sql):
    lib, entries, stats = _removed(tmp_path)
    real = lib._db
    lib._db = _LockedAt(real, sql)
    with pytest.raises(LibraryBusy):  # before: LibraryError, which the writer gives up on
        removal.restore(lib, entries, stats)
    assert lib._db.raised
    lib._db = real
    assert all(lib.get(entry.path) is None for entry in entries)  # nothing of it stayed
    removal.restore(lib, entries, stats)  # tried again: whole
    assert [lib.get(entry.path).position for entry in entries] == [7, 8]
