"""Session 66N on the real window: Undo Removal after every row went (Ctrl+A, Delete, Remove, then Ctrl+Z) shows
again the document that was open, at the place the reader had reached, and the status bar says the rows are back
(the rows came back, but the text pane stayed empty under the old 'N documents were removed')."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from qtsupport import chapters_report, click_heading, settle


def _remove_every_row(window, qtbot) -> None:
    document_list = window.document_list
    document_list.setFocus()
    qtbot.waitUntil(document_list.hasFocus)
    qtbot.keyClick(document_list, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(document_list, Qt.Key.Key_Delete)
    settle(window)
    box = window.findChild(QMessageBox, "confirmRemoval")
    next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole).click()
    settle(window)


def test_undo_after_every_row_went_shows_the_open_document_again_at_its_place(make_window, qtbot, tmp_path):
    report = chapters_report(tmp_path, "report.txt", 40)
    window = make_window([str(report)])
    qtbot.waitUntil(lambda: window.loaded is not None and window.loaded.path == str(report), timeout=20000)
    settle(window)
    count = len(window.document_list.entries())
    assert count >= 4  # the seeds beside it: removing them all asks first
    heading = click_heading(qtbot, window, 6)
    place = window.reading.place()
    assert place >= heading > 0
    _remove_every_row(window, qtbot)
    assert window.document_list.entries() == [] and window.loaded is None
    qtbot.waitUntil(lambda: window.actions_.undo_removal.isEnabled(), timeout=10000)
    window.actions_.undo_removal.trigger()
    qtbot.waitUntil(lambda: window.loaded is not None, timeout=20000)  # before: the pane stayed empty
    settle(window)
    assert window.loaded.path == str(report) and window.reading.place() == place
    assert window.document_list.current_path() == str(report)
    assert window.status.currentMessage() == f"{count} documents are back in the list"  # before: '… were removed'
    assert len(window.document_list.entries()) == count
    window.close()
