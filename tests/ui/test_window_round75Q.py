"""Round 75Q: small window fixes found by hand. A window with no library (a catalogue written by a newer zhreader)
runs no check of it when Library › Check for Missing and Changed Files is chosen: it says what adding says, where
the check ran and could only fail, the status bar saying in the catalogue's words that the library could not be
updated."""

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


def _note(window) -> str:
    return window.info_bar.findChild(QLabel, "infoText").text() if window.info_bar.isVisible() else ""


def test_checking_a_library_that_could_not_be_opened_says_so_and_runs_no_check(make_window, qtbot, caplog):
    caplog.set_level(logging.WARNING, logger="reader")
    _no_library()
    window = make_window()
    assert window.documents.library is None
    until_library_idle(qtbot, window)
    started: list[str] = []
    window.library_panel.importer.started.connect(started.append)
    said: list[str] = []
    window.status.messageChanged.connect(said.append)
    window.actions_.check_library.trigger()  # the menu item, as the reader chooses it
    qtbot.waitUntil(lambda: "nothing can be added" in _note(window), timeout=5000)
    until_library_idle(qtbot, window)
    qtbot.wait(500)  # a check run would have reported by now
    assert started == []
    assert "library update failed" not in caplog.text
    assert not any("could not be updated" in line for line in said + [window.status.currentMessage()])
    assert any("nothing can be added" in line for line in said)
    assert _note(window).count("The library could not be opened, so nothing can be added") == 1
