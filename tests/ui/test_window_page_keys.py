"""Page Down and Page Up read on from the screen the reader is looking at, wherever the text cursor was left: after
an outline jump, a drag of the scroll bar or the wheel, the view no longer jumps back to the cursor's old page."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from qtsupport import click_heading, settle
from support import seed


def _window(make_window):
    window = make_window([str(seed("000"))])
    window.reading.setFocus()
    return window


def _press(qtbot, window, key) -> None:
    window.reading.setFocus()
    qtbot.keyClick(window.reading, key)
    settle(window)


def _moved_by_wheel(window) -> int:
    bar = window.reading.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)  # the wheel or the scroll bar: the view moves, the cursor stays at the top
    settle(window)
    return window.reading.top_offset()


def test_page_down_after_an_outline_jump_reads_on_from_the_heading(make_window, qtbot):
    window = _window(make_window)
    heading = click_heading(qtbot, window, 3)
    assert window.reading.top_offset() == heading
    _press(qtbot, window, Qt.Key.Key_PageDown)
    assert window.reading.top_offset() > heading  # on from the heading, not back to the cursor's page at the top


def test_page_down_after_the_wheel_reads_on(make_window, qtbot):
    window = _window(make_window)
    top = _moved_by_wheel(window)
    _press(qtbot, window, Qt.Key.Key_PageDown)
    assert window.reading.top_offset() > top


def test_page_up_after_the_wheel_goes_back_a_screen(make_window, qtbot):
    window = _window(make_window)
    top = _moved_by_wheel(window)
    _press(qtbot, window, Qt.Key.Key_PageUp)
    assert 0 < window.reading.top_offset() < top  # a screen back, not to the top where the cursor was


@pytest.mark.parametrize("key", [Qt.Key.Key_Down, Qt.Key.Key_Up])
def test_an_arrow_after_the_wheel_stays_on_the_screen(make_window, qtbot, key):
    window = _window(make_window)
    top = _moved_by_wheel(window)
    _press(qtbot, window, key)
    assert abs(window.reading.top_offset() - top) < 200  # at most a line on, not back to the top
    assert window.reading.top_offset() > 0


def test_page_down_after_a_selection_scrolled_away_reads_on(make_window, qtbot):
    # a found word or a selection left above: the key drops it, as before, and reads on from the screen
    window = _window(make_window)
    window.reading.select_display(2, 6)
    top = _moved_by_wheel(window)
    _press(qtbot, window, Qt.Key.Key_PageDown)
    assert window.reading.top_offset() > top
    assert not window.reading.textCursor().hasSelection()


def test_page_down_with_the_cursor_on_screen_moves_as_before(make_window, qtbot):
    window = _window(make_window)
    _press(qtbot, window, Qt.Key.Key_PageDown)
    first = window.reading.top_offset()
    assert first > 0
    _press(qtbot, window, Qt.Key.Key_PageDown)
    assert window.reading.top_offset() > first


def test_shift_page_down_still_extends_the_selection_from_the_cursor(make_window, qtbot):
    window = _window(make_window)
    _moved_by_wheel(window)
    window.reading.setFocus()
    qtbot.keyClick(window.reading, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ShiftModifier)
    settle(window)
    cursor = window.reading.textCursor()
    assert cursor.hasSelection() and cursor.selectionStart() == 0  # a selection from where the cursor was
