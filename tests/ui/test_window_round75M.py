"""Round 75M: a window with no library (a catalogue written by a newer zhreader) runs no start-up check of it. The
check could only fail: it logged 'library update failed' and the status bar said the library could not be updated,
on top of the note that says it could not be opened."""

from __future__ import annotations

import logging
import sqlite3

from PySide6.QtWidgets import QLabel

from qtsupport import until_library_idle
from reader.paths import Paths
from reader.storage import schema


def _no_library() -> None:
    """A catalogue written by a newer zhreader: refused, not overwritten, so the window has no library."""
    paths = Paths.default()
    paths.ensure()
    db = sqlite3.connect(paths.library_file)
    db.execute(f"PRAGMA user_version = {schema.VERSION + 1}")
    db.close()


def test_a_window_with_no_library_says_so_once_and_checks_nothing(make_window, qtbot, caplog):
    caplog.set_level(logging.WARNING, logger="reader")
    _no_library()
    window = make_window()
    assert window.documents.library is None
    said: list[str] = []
    window.status.messageChanged.connect(said.append)  # the check starts as the window is shown: its line comes later
    until_library_idle(qtbot, window)  # the moment the check would have run (a window shown, then a pause) passed
    qtbot.wait(500)  # and a failing one reported
    assert "library update failed" not in caplog.text
    assert not any("could not be updated" in line for line in said + [window.status.currentMessage()])
    note = window.info_bar.findChild(QLabel, "infoText").text() if window.info_bar.isVisible() else ""
    assert "The library could not be opened" in note
