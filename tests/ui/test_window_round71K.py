"""Session 71K, by hand: removing four or more rows asked 'their reading places are forgotten', yet Edit › Undo
Removal brought them back with their places. The question now says what happens, in English and in Chinese, and
what it says holds: Remove, then Undo Removal, and every row is back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from qtsupport import settle


def _ask_removal_of_every_row(window, qtbot) -> QMessageBox:
    """Ctrl+A in the list, then Delete: the question that four or more rows bring."""
    document_list = window.document_list
    document_list.setFocus()
    qtbot.waitUntil(document_list.hasFocus)
    qtbot.keyClick(document_list, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(document_list, Qt.Key.Key_Delete)
    settle(window)
    box = window.findChild(QMessageBox, "confirmRemoval")
    assert box is not None and box.isVisible()
    return box


def test_the_question_says_undo_removal_brings_them_back_and_it_does(make_window, qtbot):
    window = make_window()
    count = len(window.document_list.entries())
    assert count >= 4
    box = _ask_removal_of_every_row(window, qtbot)
    said = box.informativeText().replace("\u2060", "").replace("\u00a0", " ")  # as read (73D's joiners)
    assert "forgotten" not in said
    assert "Undo Removal" in said and "reading places" in said
    next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole).click()
    settle(window)
    assert window.document_list.entries() == []
    window.actions_.undo_removal.trigger()
    qtbot.waitUntil(lambda: len(window.document_list.entries()) == count, timeout=20000)
    settle(window)
    window.close()


def test_the_question_says_the_same_in_chinese(make_window, qtbot):
    window = make_window()
    window.set_language("zh_CN")
    try:
        settle(window)
        box = _ask_removal_of_every_row(window, qtbot)
        said = box.informativeText().replace("\u2060", "").replace("\u00a0", " ")  # as read (73D's joiners)
        assert "不再保留" not in said
        assert "撤销移除" in said and "阅读位置" in said and "恢复" in said, said
        box.reject()
        settle(window)
    finally:
        window.set_language("en")
    window.close()
