"""Session 67P, the keyword panel and the theme on the real window: a dark theme leaves the application's palette
as it found it when the window closes (a later window or widget in the process started dark: a highlight test
failed when run after the window tests)."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QTextEdit

from qtsupport import settle


def _base() -> str:
    return QApplication.palette().color(QPalette.ColorRole.Base).name()


def test_a_dark_theme_leaves_the_application_palette_as_it_was_when_the_window_closes(make_window, qtbot):
    window = make_window()
    before = _base()
    window.actions_.themes["dark"].trigger()
    settle(window)
    assert QApplication.palette().color(QPalette.ColorRole.Base).lightness() < 128  # the window is dark
    window.close()
    assert _base() == before
    editor = QTextEdit()  # a widget made afterwards starts in the platform's colours, not the closed window's
    qtbot.addWidget(editor)
    assert editor.palette().color(QPalette.ColorRole.Base).name() == before

