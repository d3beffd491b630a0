"""The find bar's place: Enter / F3 in the bar after the reader has moved, and a hit on the partly visible bottom
line, which is on screen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit

from qtsupport import click_heading, jump_past, settle
from support import seed


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
    _, lo, hi = jump_past(qtbot, window, 3, second)
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
    click_heading(qtbot, window, 3)
    lo, hi = window.reading.visible_display_range()
    found = _f3(qtbot, window)
    hits = window.hits._find
    assert found == hits[hits.first_from(lo)].start


def test_shift_enter_after_an_outline_jump_finds_the_last_match_before_the_view(make_window, qtbot):
    window = _find_window(make_window, qtbot)
    _enter(qtbot, window)
    target = window.reading.display.to_display(click_heading(qtbot, window, 3))
    top = window.reading.display.to_display(window.reading.top_offset())
    found = _enter(qtbot, window, backward=True)
    hits = window.hits._find
    assert found == hits[hits.previous_before(top)].start and found < target


def _keyword_window(make_window, qtbot, word: str = "监督"):
    window = make_window()
    window.open_path(str(seed("000")))
    settle(window)
    box = window.keyword_panel.findChild(QLineEdit, "keywordInput")
    box.setFocus()
    box.insert(word)
    qtbot.keyClick(box, Qt.Key.Key_Return)
    settle(window)
    return window


def _keyword_f3(qtbot, window, backward: bool = False) -> int:
    window.reading.setFocus()
    modifier = Qt.KeyboardModifier.ShiftModifier if backward else Qt.KeyboardModifier.NoModifier
    qtbot.keyClick(window.reading, Qt.Key.Key_F3, modifier)
    settle(window)
    return window.hits._current


def _to_half_shown_bottom_line(window, start: int) -> None:
    """Scroll (as the wheel does) until the line holding a display offset is the bottom line, half of it shown."""
    view = window.reading
    cursor = view.textCursor()
    cursor.setPosition(view.to_qt(start))
    rect = view.cursorRect(cursor)
    bar = view.verticalScrollBar()
    bar.setValue(bar.value() + rect.top() - (view.viewport().height() - rect.height() // 2))
    settle(window)
    rect = view.cursorRect(cursor)
    assert rect.top() < view.viewport().height() < rect.bottom()  # the hit's line is cut by the bottom edge


def _mid_line_hit(qtbot, window) -> int:
    """F3 until the current hit is further along its line than the line's first character, with the hit before it
    on the same screen; its index."""
    view = window.reading
    for _ in range(len(window.hits._hits)):
        index = _keyword_f3(qtbot, window)
        hits = window.hits._hits
        cursor = view.textCursor()
        cursor.setPosition(view.to_qt(hits[index].start))
        cursor.movePosition(cursor.MoveOperation.StartOfLine)
        if 0 < index < len(hits) - 1 and view.from_qt(cursor.position()) < hits[index].start \
                and hits[index].start - 60 < hits[index - 1].start < view.from_qt(cursor.position()):
            return index
    raise AssertionError("no hit in the middle of a line with another hit just above")


def test_a_hit_on_the_half_shown_bottom_line_is_on_screen(make_window, qtbot):
    window = _keyword_window(make_window, qtbot)
    index = _mid_line_hit(qtbot, window)
    start = window.hits._hits[index].start
    _to_half_shown_bottom_line(window, start)
    lo, hi = window.reading.visible_display_range()
    assert lo <= start < hi


def test_f3_from_a_hit_on_the_half_shown_bottom_line_goes_on_not_back(make_window, qtbot):
    window = _keyword_window(make_window, qtbot)
    index = _mid_line_hit(qtbot, window)
    _to_half_shown_bottom_line(window, window.hits._hits[index].start)
    assert _keyword_f3(qtbot, window) == index + 1  # not the first hit on screen, above it


def test_shift_f3_from_a_hit_on_the_half_shown_bottom_line_goes_to_the_one_before(make_window, qtbot):
    window = _keyword_window(make_window, qtbot)
    index = _mid_line_hit(qtbot, window)
    _to_half_shown_bottom_line(window, window.hits._hits[index].start)
    assert _keyword_f3(qtbot, window, backward=True) == index - 1  # not the last hit above the view


def test_a_hit_on_the_line_below_the_bottom_edge_is_off_screen(make_window, qtbot):
    window = _keyword_window(make_window, qtbot)
    index = _mid_line_hit(qtbot, window)
    start = window.hits._hits[index].start
    _to_half_shown_bottom_line(window, start)
    view = window.reading
    bar = view.verticalScrollBar()
    cursor = view.textCursor()
    cursor.setPosition(view.to_qt(start))
    bar.setValue(bar.value() - view.cursorRect(cursor).height())  # a line further up: the hit's line is hidden
    settle(window)
    assert view.cursorRect(cursor).top() >= view.viewport().height()
    lo, hi = view.visible_display_range()
    assert not lo <= start < hi  # the line just below the edge is off screen, as before
