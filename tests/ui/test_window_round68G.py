"""Left and Right (and Ctrl+Left / Ctrl+Right) read on from the screen shown, as Up and Down do: after an outline jump
or the wheel they used to move the text cursor left behind and take the view back to its old page."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

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


def _find_box(window) -> QLineEdit:
    return window.find_bar.findChild(QLineEdit, "findInput")


def _current_find(window) -> int:
    hits, index = window.hits._find, window.hits._find_current
    assert index is not None
    return hits[index].start


def _type_in_find(qtbot, window, key: Qt.Key | str) -> None:
    """One keystroke in the find box, waited for as a reader waits for the bar to search (debounced)."""
    with qtbot.waitSignal(window.hits.find_result, timeout=10000):
        if isinstance(key, str):
            _find_box(window).insert(key)  # as an input method commits it (QTest types no Chinese)
        else:
            qtbot.keyClick(_find_box(window), key)
    settle(window)


def test_editing_the_find_query_keeps_the_match_instead_of_walking_back(make_window, qtbot, tmp_path):
    path = tmp_path / "dense.txt"
    lines = [f"第{i}项：各部门要加强监督检查工作，确保各项措施落实到位。" for i in range(1, 301)]
    path.write_text("监督工作汇编\n\n" + "\n\n".join(lines) + "\n", encoding="utf-8")
    window = make_window([str(path)])
    bar = window.reading.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    settle(window)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    _type_in_find(qtbot, window, "监督")
    first, top = _current_find(window), window.reading.top_offset()
    _type_in_find(qtbot, window, Qt.Key.Key_Backspace)  # '监': the match at the same place still matches
    _type_in_find(qtbot, window, "督")
    assert _current_find(window) == first  # each edit searched from the top the last reveal moved up: back a match
    assert window.reading.top_offset() >= top  # and the view walked up a third of a screen each time
