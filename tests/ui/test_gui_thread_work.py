"""What a long document costs the GUI thread: passes over the whole text run on workers, the rest in slices.

These drive the real asynchronous window and record on which thread the whole-text passes ran; they measure no
times (the figures are bench/gui_latency.py's).
"""

from __future__ import annotations

import sys
import threading

from PySide6.QtGui import QFont, QTextCursor

from reader import documents
from reader.ui import reading_pane
from reader.ui import tuning
from reader.ui.workers import Jobs
from support import seed


def _threads_of(monkeypatch, module, name: str) -> list[bool]:
    """Wrap module.name; the list gets, per call, whether it ran on the GUI (main) thread."""
    calls: list[bool] = []
    original = getattr(module, name)

    def recorded(*args, **kwargs):
        calls.append(threading.current_thread() is threading.main_thread())
        return original(*args, **kwargs)

    monkeypatch.setattr(module, name, recorded)
    return calls


def _open(qtbot, make_window, path) -> object:
    window = make_window()
    with qtbot.waitSignal(window.document_shown, timeout=10000):
        window.open_path(str(path))
    qtbot.waitUntil(lambda: not window.jobs.busy and not window.reading.busy, timeout=10000)
    return window


def test_a_busy_worker_hands_the_gil_back_within_a_millisecond(qapp):
    old = sys.getswitchinterval()
    try:
        sys.setswitchinterval(0.005)  # Python's default: a worker in pure Python kept the GUI waiting 5 ms a time
        Jobs()
        assert sys.getswitchinterval() <= tuning.GIL_SWITCH_S
    finally:
        sys.setswitchinterval(min(old, getattr(tuning, "GIL_SWITCH_S", old)))
