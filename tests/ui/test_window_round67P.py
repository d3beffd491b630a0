"""Session 67P, the keyword panel and the theme on the real window: a dark theme leaves the application's palette
as it found it when the window closes (a later window or widget in the process started dark: a highlight test
failed when run after the window tests); with no document shown the keywords show no count (there is nothing to
count, a greyed '0' said 'not found in this document'); with the original file shown the hit position says its hits
are the cleaned text's, where they are highlighted and where F3 goes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QTextEdit

from library_steps import remove_every_row
from qtsupport import open_text, settle

TEXT = "工作报告\n\n" + "\n\n".join(f"第{i}段：国务院部署改革工作，各地落实改革任务。" for i in range(1, 6)) + "\n"


def _add_keyword(qtbot, window, word: str) -> None:
    box = window.keyword_panel.findChild(QLineEdit, "keywordInput")
    box.setFocus()
    box.insert(word)  # QTest types ASCII only; an input method does this
    qtbot.keyClick(box, Qt.Key.Key_Return)
    settle(window)


def _counts(window) -> dict[str, str]:
    return {label.parent().property("word"): label.text()
            for label in window.keyword_panel.findChildren(QLabel, "keywordCount")}


def _position(window) -> QLabel:
    return window.keyword_panel.findChild(QLabel, "hitPosition")


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


def test_with_no_document_shown_keywords_show_no_count(make_window, qtbot, tmp_path):
    window = open_text(make_window, qtbot, tmp_path, TEXT)
    _add_keyword(qtbot, window, "改革")
    assert _counts(window) == {"改革": "10"}
    remove_every_row(window, qtbot)
    assert window.loaded is None
    assert _counts(window) == {"改革": ""}  # not a greyed '0': nothing was counted
    _add_keyword(qtbot, window, "国务院")  # added while no document is shown
    assert _counts(window) == {"改革": "", "国务院": ""}
    assert _position(window).text() == ""


def test_with_the_original_shown_the_position_says_its_hits_are_the_cleaned_texts(make_window, qtbot, tmp_path):
    window = open_text(make_window, qtbot, tmp_path, TEXT)
    _add_keyword(qtbot, window, "改革")
    window.actions_.next_hit.trigger()
    settle(window)
    assert _position(window).text() == "1 of 10" and not _position(window).toolTip()
    window.actions_.show_original.trigger()  # Ctrl+U
    settle(window)
    assert window.stack.currentWidget() is window.original
    assert _position(window).text() == "1 of 10 in the cleaned text"
    assert "F3" in _position(window).toolTip()
    window.actions_.next_hit.trigger()  # F3 goes back to the cleaned text, to the next hit
    settle(window)
    assert window.stack.currentWidget() is window.reading
    assert _position(window).text() == "2 of 10" and not _position(window).toolTip()
