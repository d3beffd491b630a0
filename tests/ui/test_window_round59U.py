"""Timing under load: what the window does when two of its own timers fire in another order than usual."""

from __future__ import annotations

from qtsupport import settle
from support import seed


def _on_screen(view, offset: int) -> bool:
    lo, hi = view.visible_display_range()
    return lo <= offset < hi


def test_a_resize_right_after_a_scroll_keeps_the_scrolled_to_place(make_window):
    # the wheel moves the view; the find bar opening (a resize) before the position's debounce ran repinned the
    # view to the place before the wheel, as if the reader had not scrolled
    window = make_window([str(seed("000"))])
    view = window.reading
    start = view.display.to_display(window.loaded.document.paragraphs[8].start)
    assert not _on_screen(view, start)
    bar = view.verticalScrollBar()
    block = view.document().findBlock(view.to_qt(start))
    bar.setValue(int(view.document().documentLayout().blockBoundingRect(block).top()) - 20)  # the wheel
    assert _on_screen(view, start)
    view.resize(view.width(), view.height() - 25)  # as the find bar shown under it does, at once
    settle(window)
    assert _on_screen(view, start)


def _long_window(make_window, tmp_path):
    from qtsupport import long_text_file

    window = make_window([str(long_text_file(tmp_path, 400_000))])
    settle(window)
    return window


def test_a_far_match_revealed_while_a_resize_repins_is_still_revealed(make_window, tmp_path):
    # a match far down a long text is revealed over several event-loop turns (the layout is made towards it); the
    # find bar's resize repinned the view meanwhile to the place before, and the match never came into view
    window = _long_window(make_window, tmp_path)
    view = window.reading
    target = len(view.displayed_text()) * 3 // 4
    # narrower too (the window manager): the text is laid out again, so the move is laid out towards its goal
    # however far the background layout had got meanwhile (a slow settle let it finish, and nothing was under way)
    view.resize(view.width() - 30, view.height() - 25)
    view.reveal_display(target, target + 2)  # the find result, laid out towards in steps
    assert view.busy
    settle(window)
    assert _on_screen(view, target)


def test_ctrl_end_in_a_long_text_while_a_resize_repins_reaches_the_end(make_window, qtbot, tmp_path):
    from PySide6.QtCore import Qt

    window = _long_window(make_window, tmp_path)
    view = window.reading
    view.setFocus()
    view.resize(view.width() - 30, view.height() - 25)  # laid out again, as above
    qtbot.keyClick(view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert view.busy
    settle(window)
    bar = view.verticalScrollBar()
    assert bar.value() == bar.maximum() > 0
