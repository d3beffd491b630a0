"""Session 63V: counting an older library's texts (schema 2 to 3) that failed on the worker (the library locked past
its wait by an import's long batch) is tried again a while later in the same session, a few times, not only at the
next start: until every text is counted, search ranks the old way."""

from __future__ import annotations

import sqlite3

import pytest

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


def _query(window, sql: str) -> int:
    db = _db(window)
    try:
        return db.execute(sql).fetchone()[0]
    finally:
        db.close()


def _left(window) -> int:
    db = _db(window)
    try:
        return counts_left(db)
    finally:
        db.close()


CASES = [  # (runs failing first, every text counted in the session)
    pytest.param(1, True, id="one locked run: tried again"),
    pytest.param(3, True, id="three locked runs: tried again"),
    pytest.param(0, True, id="none failing: counted at once (left alone)"),
    pytest.param(getattr(library_removals, "COUNT_TRIES", 5), False, id="failing each try: waits for the next start (left alone)"),
]


@pytest.mark.parametrize("failing, counted", CASES)
def test_counting_that_failed_is_tried_again(make_window, monkeypatch, qtbot, failing, counted):
    monkeypatch.setattr(library_removals, "START_SWEEP_MS", 0)
    monkeypatch.setattr(library_removals, "COUNT_RETRY_MS", 50)
    window = make_window()
    listed = len(window.document_list.entries())
    qtbot.waitUntil(lambda: _query(window, "SELECT count(*) FROM texts") >= listed, timeout=60000)
    window.close()
    _uncount(window)
    assert _left(window) == listed > 0
    real, calls = library_removals.fill_counts_at, []

    def locked_first(path, *args, **kwargs):
        calls.append(path)
        if len(calls) <= failing:
            raise sqlite3.OperationalError("database is locked")
        return real(path, *args, **kwargs)

    monkeypatch.setattr(library_removals, "fill_counts_at", locked_first)
    window = make_window()
    if counted:
        # the worker's result reaches the window a turn after the database says every text is counted
        qtbot.waitUntil(lambda: _left(window) == 0 and window.documents.removals.counted >= 1, timeout=30000)
        assert len(calls) > failing
    else:
        qtbot.waitUntil(lambda: len(calls) >= failing, timeout=30000)
        qtbot.wait(500)
        assert len(calls) == failing and _left(window) == listed
    window.close()
