"""Fixtures for driving the real window (offscreen, isolated ZHREADER_HOME from the top-level conftest)."""

from __future__ import annotations

import threading

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication

from reader.app import create_app
from reader.ui.workers import Jobs
from qtsupport import settle


@pytest.fixture(autouse=True)
def windows_deleted_with_idle_pools():
    """A window pytest-qt closed is deleted later, inside whatever QtTest call comes next, which keeps the GIL: its
    thread pool then waits, the GIL held, for a job that needs it, and the suite hangs (seen: a test that ended while
    the start-up jobs ran). The app deletes no window that way; here each is deleted once its jobs are done."""
    yield
    app = QApplication.instance()
    if app is None:
        return
    for widget in app.topLevelWidgets():
        jobs = getattr(widget, "jobs", None)
        for _ in range(20):  # a result may start another job: until none is running or undelivered
            if not isinstance(jobs, Jobs) or not shiboken6.isValid(jobs) or not jobs.busy:
                break
            jobs.wait()  # the GIL released while the last jobs finish
            app.processEvents()  # their results delivered while the window is still there, as in the app
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)  # deleted now, the pools idle


@pytest.fixture
def make_window(qtbot):
    """Build a window the way the app does, its jobs on the real thread pool; it returns once the first document is shown and the window is idle."""

    def make(argv: list[str] | None = None, size: tuple[int, int] = (1100, 760)):
        _app, window = create_app(argv or [])
        qtbot.addWidget(window)
        window.resize(*size)
        with qtbot.waitExposed(window):
            window.show()
        with qtbot.waitActive(window):
            window.activateWindow()
        settle(window)
        return window

    return make


@pytest.fixture
def held_suggestions(monkeypatch):
    """jieba still loading: each document's request is taken and never answered until the test hands the window an
    answer (`window.suggestions.ready.emit(held_suggestions[-1], words)`), as the child's arrives. Chips set on the
    panel directly instead were replaced by the word 'Finding suggestions…' the window shows 400 ms after a
    document while its answer has not come (round 68B's test: 1 run in 5 failed under load)."""
    asked: list[str] = []
    monkeypatch.setattr("reader.ui.suggestions.Suggestions.request",
                        lambda self, key, text, count: asked.append(key))
    return asked


@pytest.fixture
def held_conversion(monkeypatch):
    """The worker's whole-text conversion waits while cleared (rounds 67Q, 68X, 69I); the window's own does not."""
    from reader.ui import script_switch

    release = threading.Event()
    release.set()
    real = script_switch._convert

    def convert(config, cache_dir, texts):
        if threading.current_thread() is not threading.main_thread():
            release.wait(30)
        return real(config, cache_dir, texts)

    monkeypatch.setattr(script_switch, "_convert", convert)
    yield release
    release.set()
