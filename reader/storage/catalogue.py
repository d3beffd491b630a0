"""The catalogue as another program may have left it (`zhreader library add`, a second window): read on a worker with
a connection of its own, so that the window's list can follow changes it did not make."""

from __future__ import annotations

from collections.abc import Callable, Collection
from pathlib import Path

from reader.storage.library import Entry, Library

Signature = tuple[int, ...]

# Counts and largest ids of documents and locations, the missing marks, and how often a listed row changed (meta's
# 'listed', reader.storage.schema.LISTED_TRIGGER: a title changed elsewhere; 0 in a catalogue without the trigger).
_SIGNATURE = ("SELECT (SELECT count(*) FROM documents), (SELECT coalesce(max(id), 0) FROM documents),"
              " (SELECT count(*) FROM locations), (SELECT coalesce(max(rowid), 0) FROM locations),"
              " (SELECT coalesce(sum(missing), 0) FROM locations),"
              " (SELECT coalesce(max(CAST(value AS INTEGER)), 0) FROM meta WHERE key = 'listed')")


def listing(db_path: Path, known: Signature | None) -> tuple[Signature, list[Entry] | None]:
    """The catalogue's signature and, when it differs from `known`, its entries, both from one read: a reading
    position written as the reader scrolls changes no document or location, so the list is not read for it."""
    if not db_path.is_file():  # (a connection would make an empty one)
        raise FileNotFoundError(f"no library at {db_path}")
    library = Library.joined(db_path)
    db = library.connection
    try:
        db.execute("BEGIN")  # one snapshot for both reads (WAL: writers go on meanwhile)
        signature = tuple(db.execute(_SIGNATURE).fetchone())
        entries = library.entries() if signature != known else None
        db.execute("COMMIT")
        return signature, entries
    finally:
        library.close()


def files_stamp(db_path: Path) -> tuple:
    """What a write changes in the catalogue's files (the size and time of each), and a look at them does not. Only
    stat: a file of the catalogue opened and closed here would drop the process's SQLite locks on it."""
    stamp: list = []
    for path in (db_path, Path(f"{db_path}-wal")):
        try:
            info = path.stat()
            stamp.append((info.st_size, info.st_mtime_ns))
        except OSError:
            stamp.append(None)
    return tuple(stamp)


def changes(before: dict[str, Entry] | None, after: list[Entry], listed: Callable[[str], Entry | None],
            hidden: Collection[str]) -> tuple[list[Entry], list[str], list[Entry]]:
    """What another program did to the catalogue since it read `before` (None: not read yet), for a list that
    lists what `listed` finds: the entries added (not listed, nor removed by the reader and not yet written), the
    listed paths gone, and the listed rows whose entry changed. Only what changed in the catalogue is applied: a
    row listed and never written (a write that failed) stays, and one removed meanwhile by the reader stays gone."""
    seen = before or {}
    added, changed = [], []
    for entry in after:
        old = seen.get(entry.path)
        if old is None:
            if entry.path not in hidden and listed(entry.path) is None:
                added.append(entry)
        elif old != entry and listed(entry.path) is not None:
            changed.append(entry)
    now = {entry.path for entry in after}
    gone = [path for path in seen if path not in now and listed(path) is not None]
    return added, gone, changed
