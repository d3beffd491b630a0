"""Round 69T on the real window: the original (Ctrl+U) sat flush on the pane's left edge, the cleaned text in a
centred column with margins; it now starts where the cleaned text starts, and a new width keeps its place."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtGui import QTextCursor

from qtsupport import settle
from support import seed


def _text_left(window, view) -> int:
    """Where a view's text starts, across the pane (the column's left edge: its viewport's left plus its margin)."""
    return view.viewport().mapTo(window.stack, QPoint(round(view.document().documentMargin()), 0)).x()


def test_the_original_starts_where_the_cleaned_text_starts(make_window):
    window = make_window()
    window.resize(1800, 800)  # a pane wider than the column: the cleaned text centred, margins both sides
    window.open_path(str(seed("003")))
    settle(window)
    cleaned = _text_left(window, window.reading)
    assert cleaned > window.reading.document().documentMargin()
    window.actions_.show_original.trigger()
    settle(window)
    original = window.original
    assert original.isVisible()
    assert not original.horizontalScrollBar().isVisible()  # its lines wrapped in the column, none under the margin
    assert _text_left(window, original) == cleaned  # (before: 0 against the cleaned view's column, 1+4 px of frame)
    first = original.viewport().mapTo(window.stack, original.cursorRect(QTextCursor(original.document())).topLeft())
    assert abs(first.x() - cleaned) <= 2  # the first character drawn there (a cursor is a pixel or two wide)
    window.actions_.show_original.trigger()
    settle(window)
    assert _text_left(window, window.reading) == cleaned  # the cleaned view unmoved by the round trip


def test_a_narrower_original_keeps_the_file_line_at_its_top(make_window, tmp_path):
    # Qt keeps the scroll bar's value, a count of wrapped lines in which a rewrap counts each line not drawn as one:
    # near the end (where the original is opened with its place below the top) the top moved on by several lines
    path = tmp_path / "lines.txt"
    path.write_text("".join(f"{i:03d}" + "正文一行" * 8 + "\n" for i in range(120)), encoding="utf-8")
    window = make_window()
    window.open_path(str(path))
    settle(window)
    window.actions_.show_original.trigger()
    settle(window)
    window.view.show_file_line(100)
    settle(window)
    original = window.original
    top = original.firstVisibleBlock().blockNumber()
    assert top > 50
    window.resize(window.width() - 160, window.height())  # the pane and its column narrower: lines rewrap
    settle(window)
    assert original.firstVisibleBlock().blockNumber() == top
