"""Session 66Q, the library by hand: Ctrl+A in the document list selects every row (Delete then asks, as
test_window_round62B has it), not the text of the document shown beside it; in the text it still selects the text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from library_steps import remove_every_row
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
    remove_every_row(window, qtbot)
    assert document_list.entries() == [] and window.loaded is None
    assert window.status.currentMessage() == (
        f"{count} documents removed from the list (files untouched)")
    window.close()


def _click_row(document_list, qtbot, path: str) -> None:
    row = next(i for i, e in enumerate(document_list.entries()) if e.path == path)
    document_list.scrollTo(document_list.model().index(row, 0))
    rect = document_list.visualRect(document_list.model().index(row, 0))
    qtbot.mouseClick(document_list.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     rect.center())


def test_a_file_whose_name_is_not_utf8_opens_from_the_list(make_window, qtbot, tmp_path):
    """A name from a Chinese Windows archive (GBK bytes) passed through a Qt str signal lost its undecodable bytes:
    the row said 'ļ.txt is no longer at …/ļ.txt' and never opened."""
    import os

    name = os.fsdecode(b"\xb2\xe2\xca\xd4\xce\xc4\xbc\xfe.txt")  # 测试文件.txt in GBK
    path = tmp_path / name
    path.write_bytes("关于文件名测试的通知\n\n一、总则\n文件名不是UTF-8的文档。\n".encode("utf-8"))
    window = make_window([str(path)])
    document_list = window.document_list
    qtbot.waitUntil(lambda: str(path) in [e.path for e in document_list.entries()])
    other = next(e.path for e in document_list.entries() if e.path != str(path))
    _click_row(document_list, qtbot, other)
    qtbot.waitUntil(lambda: window.loaded is not None and window.loaded.path == other)
    settle(window)
    _click_row(document_list, qtbot, str(path))
    qtbot.waitUntil(lambda: window.loaded is not None and window.loaded.path == str(path))
    settle(window)
    assert "文件名不是UTF-8的文档" in window.stack.currentWidget().toPlainText()
    assert "no longer at" not in window.status.currentMessage()
    window.close()
