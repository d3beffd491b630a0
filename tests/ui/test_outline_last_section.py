"""A click on the last section of a text whose end the view shows: the view goes to the end and the outline keeps
the section clicked (it marked the one before it, whose text was at the top)."""

from __future__ import annotations

from qtsupport import click_heading, settle
from support import seed


def test_the_last_section_clicked_stays_the_readers_section_at_the_end(make_window, qtbot):
    window = make_window([str(seed("000"))], size=(1100, 1400))  # tall: the last section cannot reach the top
    last = window.outline.tree.model().rowCount() - 1
    click_heading(qtbot, window, last)
    qtbot.wait(100)
    settle(window)
    bar = window.reading.verticalScrollBar()
    assert bar.value() == bar.maximum()  # at the end, not a margin short of it
    assert window.reading.top_offset() < window.sections.outline.headings[last].offset  # the top is the section before
    assert window.outline.tree.currentIndex().row() == last  # yet the section clicked is marked


def test_a_section_that_reaches_the_top_is_put_there_not_at_the_end(make_window, qtbot):
    window = make_window([str(seed("000"))], size=(1100, 1400))
    click_heading(qtbot, window, 1)
    qtbot.wait(100)
    settle(window)
    bar = window.reading.verticalScrollBar()
    assert bar.value() < bar.maximum()
    assert window.outline.tree.currentIndex().row() == 1
