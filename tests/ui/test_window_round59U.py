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
