"""Round 59P on the real window: the outline after its filter is emptied, the library's same-titled documents."""

from __future__ import annotations

from PySide6.QtCore import Qt

from qtsupport import click_heading, settle
from support import seed

from reader.ui.outline_view import INDEX_ROLE


def _selected(window) -> int | None:
    return window.outline.tree.currentIndex().data(INDEX_ROLE)


def _filtered_to(qtbot, window, needle: str) -> None:
    window.outline.filter_box.setFocus()
    window.outline.filter_box.setText(needle)
    assert window.outline.tree.model().rowCount() > 0


def test_escape_on_the_filter_shows_the_section_the_reader_is_at(make_window, qtbot):
    window = make_window()
    window.open_path(str(seed("000")))
    settle(window)
    click_heading(qtbot, window, 1)  # the reader is in 二、
    at = window.outline.current_index()
    assert at >= 0 and _selected(window) == at
    _filtered_to(qtbot, window, "严守")  # 六、 only: the reader's section is filtered out
    tree = window.outline.tree
    assert not tree.selectionModel().hasSelection()  # no other section stands in for the reader's hidden one
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Home)  # the reader looks through the matches without picking one
    assert _selected(window) != at
    window.outline.filter_box.setFocus()
    qtbot.keyClick(window.outline.filter_box, Qt.Key.Key_Escape)
    assert window.outline.filter_box.text() == ""
    assert _selected(window) == at  # the section the reader is at, not the row picked out in the filtered tree


def test_a_filter_that_keeps_the_readers_section_shows_it_selected(make_window, qtbot):
    window = make_window()
    window.open_path(str(seed("000")))
    settle(window)
    click_heading(qtbot, window, 1)
    at = window.outline.current_index()
    _filtered_to(qtbot, window, "强化正确政绩观")  # every top heading matches
    assert _selected(window) == at
    assert window.outline.tree.selectionModel().isSelected(window.outline.tree.currentIndex())
