"""Left and Right (and Ctrl+Left / Ctrl+Right) read on from the screen shown, as Up and Down do: after an outline jump
or the wheel they used to move the text cursor left behind and take the view back to its old page."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from qtsupport import click_heading, settle
from support import seed

CTRL = Qt.KeyboardModifier.ControlModifier
NONE = Qt.KeyboardModifier.NoModifier
KEYS = [(Qt.Key.Key_Right, NONE), (Qt.Key.Key_Left, NONE), (Qt.Key.Key_Right, CTRL), (Qt.Key.Key_Left, CTRL)]


def _window(make_window):
    window = make_window([str(seed("000"))])
    window.reading.setFocus()
    return window


def _press(qtbot, window, key, modifier) -> None:
    window.reading.setFocus()
    qtbot.keyClick(window.reading, key, modifier)
    settle(window)


@pytest.mark.parametrize("key, modifier", KEYS, ids=["right", "left", "ctrl-right", "ctrl-left"])
def test_a_sideways_arrow_after_an_outline_jump_stays_at_the_heading(make_window, qtbot, key, modifier):
    window = _window(make_window)
    heading = click_heading(qtbot, window, 3)
    assert window.reading.top_offset() == heading
    _press(qtbot, window, key, modifier)
    assert abs(window.reading.top_offset() - heading) < 200  # at most a line on, not back to the top


@pytest.mark.parametrize("key, modifier", KEYS, ids=["right", "left", "ctrl-right", "ctrl-left"])
def test_a_sideways_arrow_after_the_wheel_stays_on_the_screen(make_window, qtbot, key, modifier):
    window = _window(make_window)
    bar = window.reading.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)  # the wheel or the scroll bar: the view moves, the cursor stays at the top
    settle(window)
    top = window.reading.top_offset()
    _press(qtbot, window, key, modifier)
    assert abs(window.reading.top_offset() - top) < 200
    assert window.reading.top_offset() > 0
