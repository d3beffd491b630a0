"""Driving the real asynchronous window in tests: process events until its background work is done."""

from __future__ import annotations

import time


def settle(window, timeout: float = 15.0, quiet_rounds: int = 3) -> None:
    """Run the event loop until no job is running or queued and no script change is under way."""
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    deadline = time.monotonic() + timeout
    quiet = 0
    while quiet < quiet_rounds:
        if time.monotonic() > deadline:
            raise AssertionError("the window did not settle within %.0f s" % timeout)
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        if window.jobs.busy or window.reading.converting:
            quiet = 0
            time.sleep(0.002)
        else:
            quiet += 1
