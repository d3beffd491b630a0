"""Found by hand (session 69Z), each on the real asynchronous window: Escape in the shortcuts' filter closed the
dialog with text typed, and Ctrl+Q did nothing with the dialog in front; a document shown while a script's
converters loaded took the 'Converting to …' message away and left the busy cursor; About's OK wore the style's
icon (a back arrow on one desktop)."""

from __future__ import annotations

import threading

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QProxyStyle, QStyle
from qtsupport import settle

from reader.ui import window_script

REPORT = "关于加强监督管理工作的报告\n\n一、总体情况\n加强监督管理。\n\n二、主要做法\n完善制度。\n"


def _report(tmp_path, name: str = "report.txt", text: str = REPORT):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _open_shortcuts(window, qtbot):
    window.actions_.shortcuts.trigger()
    dialog = [w for w in QApplication.topLevelWidgets() if w.objectName() == "shortcutsDialog" and w.isVisible()][0]
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)  # in front: the keys below are pressed in it
    assert dialog.filter_box.hasFocus()
    return dialog


def _gone(dialog) -> bool:
    """Closed (the dialog deletes itself on close)."""
    return not shiboken6.isValid(dialog) or not dialog.isVisible()


def _shown_rows(dialog) -> int:
    table = dialog.table
    return sum(not table.topLevelItem(i).isHidden() for i in range(table.topLevelItemCount()))


def test_escape_empties_the_shortcuts_filter_then_closes_and_the_window_keys_work_from_it(make_window, qtbot,
                                                                                         tmp_path):
    window = make_window([str(_report(tmp_path))])
    dialog = _open_shortcuts(window, qtbot)
    every = _shown_rows(dialog)
    qtbot.keyClicks(dialog.filter_box, "zoom")
    assert _shown_rows(dialog) == 2
    qtbot.keyClick(dialog.filter_box, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.filter_box.text() == "" and _shown_rows(dialog) == every
    qtbot.keyClick(dialog.filter_box, Qt.Key.Key_Escape)  # empty: the second Escape closes
    qtbot.waitUntil(lambda: _gone(dialog))
    dialog = _open_shortcuts(window, qtbot)
    qtbot.keyClick(dialog.filter_box, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)  # the platform's Close
    qtbot.waitUntil(lambda: _gone(dialog))
    assert window.isVisible()
    dialog = _open_shortcuts(window, qtbot)
    qtbot.keyClick(dialog.filter_box, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)  # Quit, as from the window
    qtbot.waitUntil(lambda: not window.isVisible() and _gone(dialog))


def test_a_document_shown_while_converters_load_keeps_the_message_with_the_busy_cursor(make_window, qtbot, tmp_path,
                                                                                       monkeypatch):
    other = _report(tmp_path, "other.txt", "关于监督工作的通知\n\n一、要求\n做好监督。\n")
    window = make_window([str(_report(tmp_path))])
    gate, real = threading.Event(), window_script._load_all
    monkeypatch.setattr(window_script, "_load_all", lambda configs, cache: gate.wait(20) and real(configs, cache))
    viewport = window.reading.viewport()
    window.actions_.scripts["s2twp"].trigger()  # its converters not loaded yet
    message = window.status.currentMessage()
    assert message == "Converting to 台灣正體（詞彙）…"
    with qtbot.waitSignal(window.document_shown, timeout=20000):
        window.open_path(str(other))
    qtbot.waitUntil(lambda: not window.reading.busy, timeout=20000)
    assert "做好监督" in window.reading.toPlainText()  # shown as it was until the converters are in
    assert viewport.cursor().shape() == Qt.CursorShape.BusyCursor
    assert window.status.currentMessage() == message  # said as long as the cursor says it
    gate.set()
    qtbot.waitUntil(lambda: "做好監督" in window.reading.toPlainText(), timeout=20000)
    settle(window)
    assert window.status.currentMessage() == ""
    assert viewport.cursor().shape() == Qt.CursorShape.IBeamCursor


class _IconButtons(QProxyStyle):
    """A desktop style that puts icons on dialog buttons, its OK icon an arrow."""

    def styleHint(self, hint, option=None, widget=None, data=None):
        if hint == QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons:
            return 1
        return super().styleHint(hint, option, widget, data)

    def standardIcon(self, icon, option=None, widget=None):
        if icon == QStyle.StandardPixmap.SP_DialogOkButton:
            icon = QStyle.StandardPixmap.SP_ArrowBack
        return super().standardIcon(icon, option, widget)


def test_about_has_a_plain_ok_button(make_window, qtbot, tmp_path, monkeypatch):
    window = make_window([str(_report(tmp_path))])
    before = QApplication.style().name()
    style = _IconButtons(before)
    seen = []

    def shown(box):
        box.show()  # as exec shows it (its buttons made by then)
        seen.extend((b.text(), b.icon().isNull()) for b in box.buttons())
        box.close()

    monkeypatch.setattr(QMessageBox, "exec", shown)
    QApplication.setStyle(style)
    try:
        window.actions_.about.trigger()
    finally:
        QApplication.setStyle(before)
    assert seen == [("OK", True)]
