"""A long text's headings, found after its page was shown, styled on that page in place: no second build.

Building the page again for its outline (5,000 headings in a long law) and laying it all out anew held the window
for steps of 30-130 ms. The styler gives each heading's block and runs the very formats the build gives them
(text_build's heading_block and run_format), a slice of paragraphs per event-loop turn, in document order, and keeps
the reader's place after each slice. A slice ends within a time budget and a span of text: Qt lays the span from a
slice's first edit to its last out again at its end, and walks the laid-out blocks below.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QTextCursor, QTextDocument

from reader.ui.in_place import close_holes
from reader.ui.text_build import paragraph_runs, run_format
from reader.ui.tuning import STYLE_BUDGET_MS, STYLE_SPAN_CHARS, STYLE_WAIT_MS, STYLE_WAITS


class HeadingStyler(QObject):
    """Styles the new headings of the page a view shows, a slice per turn; any new page or text stops it."""

    def __init__(self, view) -> None:
        super().__init__(view)
        self._view = view
        self._qdoc: QTextDocument | None = None
        self._todo: list[int] = []  # paragraphs still to style, last first
        self._waits = 0  # turns waited for the layout walk to finish
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self._slice)

    @property
    def busy(self) -> bool:
        return self._qdoc is not None

    def cancel(self) -> None:
        self._qdoc = None
        self._todo = []
        self._waits = 0
        self._timer.stop()

    def start(self, old: tuple[dict, dict], new: tuple[dict, dict]) -> bool:
        """Style the paragraphs whose marks differ from `old` with `new` (the view's marks from now on); False when
        the page cannot take them in place (a heading gone, or a new one shown cut in pieces): build it again."""
        self.cancel()
        (old_marks, old_heads), (marks, heads) = old, new
        if any(heads.get(i) != h for i, h in old_heads.items()):
            return False
        cuts = self._view._positions.cuts
        todo = [i for i in sorted(set(marks) | set(heads))
                if marks.get(i) != old_marks.get(i) or heads.get(i) != old_heads.get(i)]
        if any(cuts.of(i) for i in todo):
            return False
        if todo:
            self._qdoc, self._todo = self._view.document(), todo[::-1]
            self._timer.start(0)
        return True

    def _slice(self) -> None:
        view, qdoc = self._view, self._qdoc
        if qdoc is None or qdoc is not view.document():
            return self.cancel()
        frontier = view._nav.frontier_position()
        if frontier is not None and self._waits < STYLE_WAITS:  # the layout walk first: an edit behind its frontier
            self._waits += 1  # moves blocks past it unlaid (holes, closed by laying 20,000 characters out again), an
            self._timer.start(STYLE_WAIT_MS)  # edit ahead of it lays everything up to it out at once
            return
        deadline = time.perf_counter() + STYLE_BUDGET_MS / 1000
        anchor = None if view._nav.moving else view.anchor()
        typo, display, positions = view.typography, view.display, view._positions
        marks, heads = view._marks, view._heading_paragraphs
        cursor = QTextCursor(qdoc)
        cursor.beginEditBlock()  # one change (one layout pass) for the slice
        span_end = None
        while self._todo:  # one paragraph at least, however slow the turn
            i = self._todo[-1]
            start = positions.to_qt(display.starts[i])
            if span_end is None:
                span_end = start + STYLE_SPAN_CHARS
            elif start > span_end:
                break  # Qt lays the whole span from the first edit to the last out again when the slice ends
            self._todo.pop()
            if i in heads:
                cursor.setPosition(start)
                cursor.setBlockFormat(typo.heading_block(*heads[i]))
            for a, b, keys in paragraph_runs(display, marks, i):
                if b <= a:
                    continue
                cursor.setPosition(positions.to_qt(a))
                cursor.setPosition(positions.to_qt(b), QTextCursor.MoveMode.KeepAnchor)
                cursor.setCharFormat(run_format(typo, keys))
            if time.perf_counter() >= deadline:
                break
        cursor.endEditBlock()
        close_holes(qdoc, frontier)
        if anchor is not None and not view._nav.moving:
            view.restore_anchor(anchor)  # the same text at the top, whatever grew above it
        if self._todo:
            self._timer.start(0)
        else:
            self.cancel()
