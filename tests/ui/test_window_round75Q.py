"""Round 75Q: small window fixes found by hand. A window with no library (a catalogue written by a newer zhreader)
runs no check of it when Library › Check for Missing and Changed Files is chosen: it says what adding says, where
the check ran and could only fail, the status bar saying in the catalogue's words that the library could not be
updated. Help › Keyboard Shortcuts' filter finds the script choices (简体, 繁體, 台灣正體…) by their English words."""

from __future__ import annotations

import logging
import sqlite3

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

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


# --- the shortcuts' filter finds the script choices by their English words ---------------------------------------

def _filtered(window, qtbot, typed: str) -> list[str]:
    """The rows Help › Keyboard Shortcuts lists with `typed` keyed into its filter; the filter emptied after."""
    window.actions_.shortcuts.trigger()
    dialog = [w for w in QApplication.topLevelWidgets() if w.objectName() == "shortcutsDialog" and w.isVisible()][0]
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    qtbot.keyClicks(dialog.filter_box, typed)
    table = dialog.table
    shown = [table.topLevelItem(i).text(0) for i in range(table.topLevelItemCount())
             if not table.topLevelItem(i).isHidden()]
    qtbot.keyClick(dialog.filter_box, Qt.Key.Key_Escape)
    return shown


def test_trad_or_simp_typed_in_the_shortcuts_filter_finds_the_script_choices(make_window, qtbot):
    """Found by hand (75Q): 'trad' found only Ctrl+T's Toggle, not 繁體 or 台灣正體 (Ctrl+Alt+3..7), and 'simp' not 简体."""
    window = make_window()
    traditional = ["繁體", "台灣正體", "香港繁體", "台灣正體（詞彙）", "香港繁體（詞彙）"]
    assert _filtered(window, qtbot, "trad") == ["Toggle Simplified / Traditional", *traditional]
    assert _filtered(window, qtbot, "simp") == ["Toggle Simplified / Traditional", "简体"]
    assert _filtered(window, qtbot, "hong kong") == ["香港繁體", "香港繁體（詞彙）"]
