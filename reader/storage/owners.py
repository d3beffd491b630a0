"""Which library document a file path is: a write there would replace one of the reader's documents.

``document_at(library, path) -> Entry | None`` answers for any spelling of a location the catalogue lists: a link
to it (or from it), '..' in the path, another case of its name where the file system ignores case, a hard link.
An existing file is compared by identity (device and inode, links followed) with every location; a path where no
file is (a listed document whose file is missing) by its spelling, as the platform compares names.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from reader.storage.entries import Entry
from reader.storage.library import Library, file_identity
from reader.storage.schema import from_db_path

_IGNORES_CASE = sys.platform in ("win32", "darwin")  # NTFS and APFS, as these systems install them


def _spelling(path: str) -> str:
    """A path as the file system compares it: links and '..' resolved, case folded where the platform ignores it."""
    real = os.path.normcase(os.path.realpath(path))
    return real.casefold() if _IGNORES_CASE else real


def _location_at(locations: list[tuple[str, int]], path: str) -> int | None:
    """The document id of the location that is the file at `path`, or that `path` spells when no file is there."""
    target = file_identity(path)
    if target is not None:
        for location, doc_id in locations:
            if file_identity(location) == target:
                return doc_id
        return None
    names = {os.path.basename(path).casefold(), os.path.basename(os.path.realpath(path)).casefold()}
    spelled = _spelling(path)
    for location, doc_id in locations:  # names first: realpath reads every folder of a path
        if os.path.basename(location).casefold() in names and _spelling(location) == spelled:
            return doc_id
    return None


def document_at(library: Library, path: str | Path) -> Entry | None:
    """The library document whose file `path` is (as the list shows it), or None."""
    rows = library.connection.execute("SELECT path, doc_id FROM locations").fetchall()
    doc_id = _location_at([(from_db_path(p), d) for p, d in rows], os.path.abspath(os.path.expanduser(path)))
    return library.get_document(doc_id) if doc_id is not None else None
