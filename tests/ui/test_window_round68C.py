"""Session 68C: Undo Removal never loses a row. An undo waiting for an import's lock at Ctrl+Q was given the closing's
short wait (3 s) and then dropped: the rows, listed again and said to be back, were gone at the next start. An undo
the library could not write (a full disk) was dropped silently: the rows stayed listed, gone at the next start, and
Undo Removal was no longer offered."""

from __future__ import annotations

import sqlite3
import threading

from library_steps import Lock, catalogued, remove_every_row
from qtsupport import settle
from reader.ui import library_writes

FAIL = "CREATE TRIGGER fail_undo BEFORE DELETE ON removed BEGIN SELECT RAISE(ABORT, 'disk full'); END"


def _five_removed(make_window, qtbot, tmp_path):
    """A window on five short reports, every row removed (Ctrl+A, Delete, Remove) and written: (window, paths)."""
    paths = [tmp_path / f"r{n}.txt" for n in range(5)]
    for n, path in enumerate(paths):
        path.write_text(f"关于第{n}项工作的报告\n\n一、基本情况\n正文{n}。\n", encoding="utf-8")
    window = make_window([str(p) for p in paths])
    qtbot.waitUntil(lambda: window.loaded is not None and len(window.document_list.entries()) >= 5, timeout=20000)
    settle(window)
    remove_every_row(window, qtbot)
    qtbot.waitUntil(lambda: not window.documents.removals.busy and not window.documents.writes.pending,
                    timeout=20000)
    settle(window)
    paths = [str(p) for p in paths]
    assert all(catalogued(window, p) is None for p in paths)
    assert window.actions_.undo_removal.isEnabled()
    return window, paths


def _listed(window) -> set[str]:
    return {e.path for e in window.document_list.entries()}


def test_rows_undone_while_an_import_holds_the_library_survive_ctrl_q_and_the_restart(make_window, qtbot, tmp_path,
                                                                                        monkeypatch):
    monkeypatch.setattr(library_writes, "CLOSE_WAIT_MS", 300)  # the closing's short wait, shortened for the test
    window, paths = _five_removed(make_window, qtbot, tmp_path)
    lock = Lock(window.paths.library_file)  # an import's batch under way
    window.actions_.undo_removal.trigger()  # Ctrl+Z: the five rows listed at once, their write waiting for the lock
    assert set(paths) <= _listed(window)
    threading.Timer(5.0, lock.release).start()  # the batch ends well after the closing's short wait
    window.actions_.quit.trigger()  # Ctrl+Q at once
    assert [catalogued(window, p) is not None for p in paths] == [True] * 5  # before: none (the undo was dropped)
    again = make_window([])
    qtbot.waitUntil(lambda: set(paths) <= _listed(again), timeout=20000)


def test_an_undo_the_library_cannot_write_stays_offered_and_says_so(make_window, qtbot, tmp_path):
    window, paths = _five_removed(make_window, qtbot, tmp_path)
    side = sqlite3.connect(window.paths.library_file, isolation_level=None)
    side.execute(FAIL)  # the undo's write fails as on a full disk (not a busy library: retried)
    window.actions_.undo_removal.trigger()
    qtbot.waitUntil(lambda: not window.documents.writes.pending, timeout=20000)
    qtbot.waitUntil(lambda: "could not be brought back" in window.status.currentMessage(), timeout=5000)
    assert window.actions_.undo_removal.isEnabled()  # before: disabled, the undo gone
    settle(window)  # the open one among them is shown again, and so listed and written as any document opened
    listed = _listed(window)  # the list shows what the library has: before, every row, the rest lost at restart
    assert [p in listed for p in paths] == [catalogued(window, p) is not None for p in paths]
    assert len(set(paths) - listed) >= 4
    side.execute("DROP TRIGGER fail_undo")
    side.close()
    window.actions_.undo_removal.trigger()  # tried again
    qtbot.waitUntil(lambda: all(catalogued(window, p) is not None for p in paths), timeout=20000)
    settle(window)
    assert set(paths) <= _listed(window)
    assert not window.actions_.undo_removal.isEnabled()
