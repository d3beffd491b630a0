"""The find bar's place: Enter / F3 in the bar after the reader has moved."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit

from qtsupport import settle
from support import seed


def _click_heading(qtbot, window, n: int) -> int:
    """Click the n-th outline entry (a top-level heading); returns its cleaned-text offset."""
    tree = window.outline.tree
    index = tree.model().index(n, 0, tree.rootIndex())
    with qtbot.waitSignal(window.outline.heading_activated) as blocker:
        qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualRect(index).center())
    settle(window)
    return blocker.args[0]


def _box(window) -> QLineEdit:
    return window.find_bar.findChild(QLineEdit, "findInput")


def _find_window(make_window, qtbot, word: str = "监督"):
    window = make_window()
    window.open_path(str(seed("000")))
    settle(window)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    _box(window).insert(word)
    with qtbot.waitSignal(window.find_bar.find_requested):
        qtbot.keyClick(_box(window), Qt.Key.Key_Return)
    settle(window)
    return window


def _current(window) -> int:
    hits, index = window.hits._find, window.hits._find_current
    assert index is not None
    return hits[index].start


def _enter(qtbot, window, backward: bool = False) -> int:
    """Enter (Shift+Enter) in the find box; the display offset of the match it made current."""
    _box(window).setFocus()
    modifier = Qt.KeyboardModifier.ShiftModifier if backward else Qt.KeyboardModifier.NoModifier
    qtbot.keyClick(_box(window), Qt.Key.Key_Return, modifier)
    settle(window)
    return _current(window)


def _f3(qtbot, window, backward: bool = False) -> int:
    window.reading.setFocus()
    modifier = Qt.KeyboardModifier.ShiftModifier if backward else Qt.KeyboardModifier.NoModifier
    qtbot.keyClick(window.reading, Qt.Key.Key_F3, modifier)
    settle(window)
    return _current(window)


def test_enter_in_the_find_bar_after_an_outline_jump_finds_the_next_match_from_the_jump_target(make_window, qtbot):
    window = _find_window(make_window, qtbot)
    first = _current(window)
    second = _enter(qtbot, window)
    assert first < second  # walked on the first screen, as before
    target = window.reading.display.to_display(_click_heading(qtbot, window, 3))
    assert target > second
    lo, hi = window.reading.visible_display_range()
    assert not lo <= second < hi  # the current match is far behind, off screen
    found = _enter(qtbot, window)
    hits = window.hits._find
    index = hits.first_from(lo)
    assert found == hits[index].start and lo <= found < hi  # the first match where the reader now reads
    count = window.find_bar.findChild(QLabel, "findCount")
    assert count.text() == f"{index + 1} of {len(hits)}"  # the count in step
    assert _enter(qtbot, window) == hits[hits.next_after(found)].start  # on screen: Enter walks on from it


def test_f3_with_the_find_bar_open_after_an_outline_jump_steps_from_the_view(make_window, qtbot):
    window = _find_window(make_window, qtbot)
    _enter(qtbot, window)
    _click_heading(qtbot, window, 3)
    lo, hi = window.reading.visible_display_range()
    found = _f3(qtbot, window)
    hits = window.hits._find
    assert found == hits[hits.first_from(lo)].start


def test_shift_enter_after_an_outline_jump_finds_the_last_match_before_the_view(make_window, qtbot):
    window = _find_window(make_window, qtbot)
    _enter(qtbot, window)
    target = window.reading.display.to_display(_click_heading(qtbot, window, 3))
    top = window.reading.display.to_display(window.reading.top_offset())
    found = _enter(qtbot, window, backward=True)
    hits = window.hits._find
    assert found == hits[hits.previous_before(top)].start and found < target

