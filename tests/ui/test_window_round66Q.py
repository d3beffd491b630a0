"""Session 66Q, the library by hand: Ctrl+A in the document list selects every row (Delete then asks, as
test_window_round62B has it), not the text of the document shown beside it; in the text it still selects the text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from qtsupport import settle


def test_ctrl_a_in_the_list_selects_every_row_and_delete_asks(make_window, qtbot):
    window = make_window()
    document_list = window.document_list
    count = len(document_list.entries())
    assert count >= 4
    document_list.setFocus()
    qtbot.waitUntil(document_list.hasFocus)
    qtbot.keyClick(document_list, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    settle(window)
    assert len(document_list.selected_paths()) == count
    assert not window.stack.currentWidget().textCursor().hasSelection()  # the text shown is left alone
    qtbot.keyClick(document_list, Qt.Key.Key_Delete)
    settle(window)
    box = window.findChild(QMessageBox, "confirmRemoval")
    assert box is not None and box.isVisible()
    box.reject()
    settle(window)
    assert len(document_list.entries()) == count
    reading = window.stack.currentWidget()  # in the text, Ctrl+A still selects the text
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    reading.setFocus()
    qtbot.waitUntil(reading.hasFocus)
    qtbot.keyClick(reading, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    settle(window)
    assert reading.textCursor().hasSelection()
    window.close()


def test_removing_every_row_says_how_many_went(make_window, qtbot):
    """The open one among them, with no neighbour left to show, named itself alone: '“…” was removed from the list'
    after 310 documents went."""
    window = make_window()
    document_list = window.document_list
    count = len(document_list.entries())
    document_list.setFocus()
    qtbot.waitUntil(document_list.hasFocus)
    qtbot.keyClick(document_list, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(document_list, Qt.Key.Key_Delete)
    settle(window)
    box = window.findChild(QMessageBox, "confirmRemoval")
    next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole).click()
    settle(window)
    assert document_list.entries() == [] and window.loaded is None
    assert window.status.currentMessage() == (
        f"{count} documents were removed from the list; the files stay where they are")
    window.close()
