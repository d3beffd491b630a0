"""The find bar driven through keys and signals."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QToolButton

from ime_input import commit_text
from reader.ui.find_bar import FindBar


@pytest.fixture
def bar(qtbot):
    widget = FindBar()
    qtbot.addWidget(widget)
    return widget


def _box(bar: FindBar) -> QLineEdit:
    return bar.findChild(QLineEdit, "findInput")


def test_hidden_until_activated_then_focused(qtbot, bar):
    assert not bar.isVisible()
    bar.activate()
    qtbot.waitExposed(bar)
    assert bar.isVisible()
    qtbot.waitUntil(lambda: _box(bar).hasFocus())


def test_typing_requests_a_find_with_the_query(qtbot, bar):
    bar.activate()
    with qtbot.waitSignal(bar.find_requested) as blocker:
        commit_text(_box(bar), "國務院")
    assert blocker.args == ["國務院"]


def test_enter_before_the_debounce_searches_at_once_then_moves_next(qtbot, bar):
    bar.activate()
    commit_text(_box(bar), "改革")
    with qtbot.waitSignal(bar.find_requested, timeout=50) as blocker:
        qtbot.keyClick(_box(bar), Qt.Key.Key_Return)
    assert blocker.args == ["改革"]
    with qtbot.waitSignal(bar.next_requested, timeout=50):
        qtbot.keyClick(_box(bar), Qt.Key.Key_Return)
    with qtbot.waitSignal(bar.previous_requested, timeout=50):
        qtbot.keyClick(_box(bar), Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)


def test_escape_hides_and_emits_closed(qtbot, bar):
    bar.activate()
    with qtbot.waitSignal(bar.closed):
        qtbot.keyClick(_box(bar), Qt.Key.Key_Escape)
    assert not bar.isVisible()


def test_clearing_the_box_requests_an_empty_find(qtbot, bar):
    bar.activate("发展")
    with qtbot.waitSignal(bar.find_requested) as blocker:
        _box(bar).clear()
    assert blocker.args == [""]


def test_activate_with_text_searches_it(qtbot, bar):
    with qtbot.waitSignal(bar.find_requested, timeout=50) as blocker:
        bar.activate("人民")
    assert blocker.args == ["人民"]
    assert _box(bar).selectedText() == "人民"


def test_result_shows_n_of_m_and_no_matches(qtbot, bar):
    bar.activate("人民")
    count = bar.findChild(QLabel, "findCount")
    bar.set_result(2, 17)
    assert "3" in count.text() and "17" in count.text()
    assert bar.findChild(QToolButton, "findNext").isEnabled()
    default_base = _box(bar).palette().color(_box(bar).backgroundRole())
    bar.set_result(-1, 0)
    assert count.text() and "17" not in count.text()
    assert not bar.findChild(QToolButton, "findNext").isEnabled()
    assert _box(bar).palette().color(_box(bar).backgroundRole()) != default_base


def test_buttons_request_navigation(qtbot, bar):
    bar.activate("人民")
    bar.set_result(0, 4)
    with qtbot.waitSignal(bar.next_requested):
        qtbot.mouseClick(bar.findChild(QToolButton, "findNext"), Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(bar.previous_requested):
        qtbot.mouseClick(bar.findChild(QToolButton, "findPrevious"), Qt.MouseButton.LeftButton)


def test_activate_with_a_multi_paragraph_selection_takes_its_first_line(qtbot, bar):
    with qtbot.waitSignal(bar.find_requested, timeout=50) as blocker:
        bar.activate(" 国务院\u2029关于 ")
    assert blocker.args == ["国务院"]
