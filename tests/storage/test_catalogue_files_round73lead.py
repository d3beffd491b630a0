"""The reader's own catalogue is never opened as a document by a process that holds it: closing a descriptor on a
SQLite file drops the process's locks on it (a folder holding the catalogue added, the catalogue chosen by name)."""

from __future__ import annotations

from reader.storage import importer
from reader.storage.library import Library, catalogue_files


def test_a_folder_holding_the_catalogue_is_added_without_opening_it(tmp_path, monkeypatch):
    db_path = tmp_path / "library.sqlite3"
    library = Library(db_path)
    (tmp_path / "a.txt").write_text("一、总则\n正文。\n", encoding="utf-8")
    assert {(p.stat().st_dev, p.stat().st_ino) for p in tmp_path.glob("library.sqlite3*")} <= catalogue_files(db_path)
    opened, read_file = [], importer.read_file

    def spy(path, *args, **kwargs):
        opened.append(path.name)
        return read_file(path, *args, **kwargs)

    monkeypatch.setattr(importer, "read_file", spy)
    report = importer.import_paths(library, [str(db_path), str(tmp_path)])
    assert "a.txt" in opened
    assert not [name for name in opened if name.startswith("library.sqlite3")]  # before: read to be sniffed
    assert report.kinds[str(db_path)] == "binary:an SQLite database"  # said as before: not a text file
    assert [e.path for e in library.entries()] == [str(tmp_path / "a.txt")]
    library.close()


def test_the_catalogue_files_are_found_by_stat_alone(tmp_path):
    assert catalogue_files(tmp_path / "none.sqlite3") == frozenset()
    db_path = tmp_path / "library.sqlite3"
    library = Library(db_path)
    found = catalogue_files(db_path)
    assert (db_path.stat().st_dev, db_path.stat().st_ino) in found
    other = tmp_path / "other.txt"
    other.write_text("x")
    assert (other.stat().st_dev, other.stat().st_ino) not in found
    library.close()
