"""Round 67R on the real window: a press on an outline heading that is dragged off it and released elsewhere goes
nowhere, and the outline marks the reader's section again (it kept the heading pressed marked, the breadcrumb naming
another, while the reader read on in that section; found by hand)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from qtsupport import click_heading, settle
from support import seed


def test_a_press_dragged_off_a_heading_leaves_the_readers_section_marked(make_window, qtbot) -> None:
    window = make_window([str(seed("000"))], size=(1100, 800))
    tree = window.outline.tree
    assert tree.model().rowCount() > 3
    click_heading(qtbot, window, 3)
    top = window.reading.top_offset()
    crumbs = window.breadcrumb.path()
    first = tree.visualRect(tree.model().index(0, 0, tree.rootIndex())).center()
    qtbot.mousePress(tree.viewport(), Qt.MouseButton.LeftButton, pos=first)
    outside = QPoint(tree.viewport().width() + 40, first.y())  # dragged over the splitter to the text, let go there
    qtbot.mouseMove(tree.viewport(), outside)
    qtbot.mouseRelease(tree.viewport(), Qt.MouseButton.LeftButton, pos=outside)
    qtbot.wait(50)
    settle(window)
    assert window.reading.top_offset() == top and window.breadcrumb.path() == crumbs  # the text did not move
    assert tree.currentIndex().row() == 3  # and the outline marks where the reader is, not the heading pressed

