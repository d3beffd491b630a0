"""Session 75B: a closed window was never freed. Its colour-scheme handler was a lambda over the window connected to
the application's style hints, which outlive every window, so each window built kept its reading pane, document and
every Python-owned Qt object it held (the full test run grew by gigabytes); the handler is now a method of the
window's view options, which Qt disconnects when they are deleted."""

from __future__ import annotations

import gc
import weakref

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from reader.ui import themes
from support import seed


def test_a_closed_window_is_freed_with_its_reading_pane(make_window, monkeypatch):
    window = make_window([str(seed("000"))])
    assert window.loaded is not None
    window.view.set_theme("system")
    monkeypatch.setattr(themes, "system_is_dark", lambda: True)  # the desktop goes dark
    QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert window.reading.palette().color(QPalette.ColorRole.Base) == QColor(themes.resolve("dark").paper)
    gone, pane, document = weakref.ref(window), weakref.ref(window.reading), weakref.ref(window.loaded.document)
    window.close()  # as the reader closes it: the session saved, the library's work stopped
    jobs = window.jobs
    while jobs.busy:
        jobs.wait()
        QApplication.processEvents()
    window.deleteLater()
    del window
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    gc.unfreeze()  # the shown document froze what was alive then (reader.heap): a closed window's cycles are garbage
    gc.collect()
    assert gone() is None
    assert pane() is None
    assert document() is None
    QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Light)  # reaches no closed window's parts
