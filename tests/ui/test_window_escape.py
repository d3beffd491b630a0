"""Escape empties the library search and the outline filter, on the real window, as a desktop search box does."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from qtsupport import search_library, settle
from support import seed


def test_escape_clears_the_library_search_and_its_results(make_window, qtbot):
    window = make_window()
    results = search_library(qtbot, window, "人大")
    field = window.findChild(QLineEdit, "librarySearch")
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: results.model().rowCount() == 0, timeout=5000)
    assert field.text() == ""


def test_escape_clears_the_outline_filter_and_the_tree_comes_back(make_window, qtbot):
    window = make_window()
    window.open_path(str(seed("000")))
    settle(window)
    def rows() -> int:  # (the tree shows the filter's proxy only while a filter is on: round 73E)
        return window.outline.tree.model().rowCount()

    whole = rows()
    window.outline.filter_box.setFocus()
    window.outline.filter_box.setText("不可能出现的标题")
    assert rows() == 0
    qtbot.keyClick(window.outline.filter_box, Qt.Key.Key_Escape)
    assert window.outline.filter_box.text() == "" and rows() == whole > 0
