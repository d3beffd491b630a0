"""The reader's place in every path: F3 after the reader has moved."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit

from qtsupport import settle
from support import seed


def _add_keyword(qtbot, window, word: str) -> None:
    box = window.keyword_panel.findChild(QLineEdit, "keywordInput")
    box.setFocus()
    box.insert(word)
    qtbot.keyClick(box, Qt.Key.Key_Return)
    settle(window)


def _click_heading(qtbot, window, n: int) -> int:
    """Click the n-th outline entry (a top-level heading); returns its cleaned-text offset."""
    tree = window.outline.tree
    index = tree.model().index(n, 0, tree.rootIndex())
    with qtbot.waitSignal(window.outline.heading_activated) as blocker:
        qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualRect(index).center())
    settle(window)
    return blocker.args[0]


def _f3(qtbot, window, backward: bool = False) -> int:
    """Press F3 (Shift+F3) in the reading view; the display offset of the hit it made current."""
    window.reading.setFocus()
    modifier = Qt.KeyboardModifier.ShiftModifier if backward else Qt.KeyboardModifier.NoModifier
    qtbot.keyClick(window.reading, Qt.Key.Key_F3, modifier)
    settle(window)
    hits, index = window.hits._hits, window.hits._current
    assert index is not None
    return hits[index].start


def _keyword_window(make_window, qtbot):
    window = make_window()
    window.open_path(str(seed("000")))
    settle(window)
    _add_keyword(qtbot, window, "人大")
    return window


def _top(window) -> int:
    return window.reading.display.to_display(window.reading.top_offset())


def test_f3_after_an_outline_jump_finds_the_next_hit_from_the_jump_target(make_window, qtbot):
    window = _keyword_window(make_window, qtbot)
    first = _f3(qtbot, window)
    second = _f3(qtbot, window)
    assert first < second  # walked on the first screen, as before
    target = window.reading.display.to_display(_click_heading(qtbot, window, 4))
    assert target > second
    lo, hi = window.reading.visible_display_range()
    assert not lo <= second < hi  # the current hit is far behind, off screen
    found = _f3(qtbot, window)
    hits = window.hits._hits
    assert found == hits[hits.first_from(target)].start  # the first hit from the heading on, not the third one
    position = window.keyword_panel.findChild(QLabel, "hitPosition")
    assert position.text() == f"{hits.first_from(target) + 1} of {len(hits)}"  # the count label in step
    assert window.hits.marks._current_index == hits.first_from(target)  # and the mark beside the scroll bar
    # the current hit on screen: F3 walks on from it, as before
    assert _f3(qtbot, window) == hits[hits.first_from(target) + 1].start


def test_shift_f3_after_an_outline_jump_finds_the_last_hit_before_the_view(make_window, qtbot):
    window = _keyword_window(make_window, qtbot)
    _f3(qtbot, window)
    target = window.reading.display.to_display(_click_heading(qtbot, window, 4))
    top = _top(window)
    found = _f3(qtbot, window, backward=True)
    hits = window.hits._hits
    assert found == hits[hits.previous_before(top)].start  # the last hit above the view, not the last hit of all
    assert found < target and hits.first_from(target) == hits.previous_before(top) + 1


def test_f3_after_dragging_the_scroll_bar_to_the_end_finds_a_hit_on_the_last_screen(make_window, qtbot):
    window = _keyword_window(make_window, qtbot)
    _f3(qtbot, window)
    bar = window.reading.verticalScrollBar()
    bar.setValue(bar.maximum())
    settle(window)
    lo, hi = window.reading.visible_display_range()
    found = _f3(qtbot, window)
    assert lo <= found < hi  # on the screen the reader dragged to, not the second hit of the first screen
    # and on from it: the last screen reaches the end of the text (not just its last paragraph's first character)
    hits, index = window.hits._hits, window.hits._current
    assert _f3(qtbot, window) == hits[(index + 1) % len(hits)].start

