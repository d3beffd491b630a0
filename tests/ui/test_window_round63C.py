"""Session 63C: a library indexed before counts were kept (schema 2) is counted at start on a worker, while the
window is usable, so search can rank every match by how often the phrase occurs (reader.storage.counts)."""

from __future__ import annotations

import sqlite3

from reader.storage.counts import counts_left
from reader.ui import library_removals


def _db(window) -> sqlite3.Connection:
    return sqlite3.connect(str(window.paths.library_file), isolation_level=None)


def _uncount(window) -> None:
    """Make the library look as a schema 2 one after its migration: texts not counted, no count tokens."""
    db = _db(window)
    try:
        db.execute("UPDATE texts SET counted = 0")
        db.execute("INSERT INTO fts_counts (fts_counts) VALUES ('delete-all')")
    finally:
        db.close()


def _texts(window) -> int:
    db = _db(window)
    try:
        return db.execute("SELECT count(*) FROM texts").fetchone()[0]
    finally:
        db.close()


def _left(window) -> int:
    db = _db(window)
    try:
        return counts_left(db)
    finally:
        db.close()


def test_an_older_library_is_counted_at_start_on_a_worker(make_window, monkeypatch, qtbot):
    monkeypatch.setattr(library_removals, "START_SWEEP_MS", 0)
    window = make_window()
    listed = len(window.document_list.entries())
    qtbot.waitUntil(lambda: _texts(window) >= listed, timeout=60000)
    window.close()
    _uncount(window)
    assert _left(window) == listed > 0
    window = make_window()
    qtbot.waitUntil(lambda: _left(window) == 0, timeout=30000)
    assert window.documents.removals.counted >= 1
    window.close()


def test_a_counted_library_starts_no_count(make_window, monkeypatch, qtbot):
    monkeypatch.setattr(library_removals, "START_SWEEP_MS", 0)
    window = make_window()
    listed = len(window.document_list.entries())
    qtbot.waitUntil(lambda: _texts(window) >= listed, timeout=60000)
    window.close()
    window = make_window()
    qtbot.wait(200)
    assert window.documents.removals.counted == 0 and _left(window) == 0
    window.close()
