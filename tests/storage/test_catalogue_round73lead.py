"""The catalogue's files as the window's watcher sees them: a write shows, a look by another connection does not."""

from __future__ import annotations

from reader.storage import importer
from reader.storage.catalogue import files_stamp, listing
from reader.storage.library import Library


def test_a_reading_leaves_the_stamp_and_a_write_changes_it(tmp_path):
    db_path = tmp_path / "library.sqlite3"
    library = Library(db_path)  # the window's own connection stays open
    doc = tmp_path / "a.txt"
    doc.write_text("一、总则\n正文。\n", encoding="utf-8")
    importer.import_paths(library, [str(doc)])
    before = files_stamp(db_path)
    listing(db_path, None)  # the watcher's own reading, on a connection of its own
    listing(db_path, None)
    assert files_stamp(db_path) == before
    other = tmp_path / "b.txt"
    other.write_text("二、附则\n正文。\n", encoding="utf-8")
    importer.import_paths(library, [str(other)])
    assert files_stamp(db_path) != before
    library.close()
