"""Telling a damaged catalogue from a busy one, moving it aside whole, and reading back what it still holds."""

from __future__ import annotations

import sqlite3

import pytest

from reader.storage import recovery


def _catalogue(path, paths: list[str]) -> None:
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE locations (path TEXT)")
    db.execute("CREATE TABLE filler (blob BLOB)")
    db.executemany("INSERT INTO locations VALUES (?)", [(p,) for p in paths])
    db.executemany("INSERT INTO filler VALUES (?)", [(b"x" * 3000,) for _ in range(60)])
    db.commit()
    db.close()


@pytest.mark.parametrize("error, damaged", [
    (sqlite3.DatabaseError("file is not a database"), True),
    (sqlite3.OperationalError("database is locked"), False),
])
def test_only_damage_counts_as_damage(error, damaged):
    assert recovery.is_damaged(error) is damaged


def test_a_sound_database_passes_and_garbage_does_not(tmp_path):
    good = tmp_path / "good.sqlite3"
    _catalogue(good, ["/a.txt"])
    recovery.check_sound(sqlite3.connect(good))
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)
    with pytest.raises(sqlite3.DatabaseError):
        recovery.check_sound(sqlite3.connect(bad))


def test_the_database_moves_aside_with_its_journal_files(tmp_path):
    path = tmp_path / "library.sqlite3"
    for suffix, data in (("", b"db"), ("-wal", b"wal"), ("-shm", b"shm")):
        (tmp_path / f"library.sqlite3{suffix}").write_bytes(data)
    aside = recovery.move_aside(path)
    assert all(".damaged-" in p.name for p in tmp_path.iterdir()) and len(list(tmp_path.iterdir())) == 3
    assert aside.read_bytes() == b"db" and (tmp_path / (aside.name + "-wal")).read_bytes() == b"wal"


def test_a_truncated_catalogue_still_gives_the_locations_before_the_cut(tmp_path):
    path = tmp_path / "library.sqlite3"
    names = [f"/docs/第{n}号.txt" for n in range(40)]
    _catalogue(path, names)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])  # the header still claims the old page count
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(path).execute("SELECT count(*) FROM filler").fetchone()
    assert recovery.salvage_paths(path) == names
