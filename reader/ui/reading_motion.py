"""Moving a reading view: to an offset (a heading), revealing a span, and where the top of the view is.

Part of ReadingView. Nothing here runs a hit test (which would finish the whole layout first): positions are
read from blocks already laid out, and a far jump in a long document lays out towards its goal in steps.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QTimer, Slot
from PySide6.QtGui import QTextCursor

TOP_BREATHING = 0.6  # ems of space kept above a heading or paragraph jumped to
LAYOUT_STEP = 40_000  # Qt positions laid out per event-loop turn when jumping far ahead


class MotionMixin:
    """scroll_to_offset(), reveal_display(), select_display() and the layout frontier."""

    # --- moving -------------------------------------------------------------------------------------------

    def scroll_to_offset(self, offset: int) -> None:
        """Put the line holding a cleaned-text offset at the top of the view."""
        self._anchor = None
        self._top = offset
        if not self.isVisible():
            self._pending = offset  # laid out for real once shown
            return
        self._pending = None
        if self._doc is None or offset <= 0:
            self.verticalScrollBar().setValue(0)
            return
        self.scroll_to_display(self._display.to_display(offset))

    def scroll_to_display(self, index: int) -> None:
        """Put the line holding a displayed-text index at the top of the view.

        Far into a long document that is still being laid out, the layout is advanced in steps between
        events (a few milliseconds each) and the view moves when it gets there, so the window never freezes.
        """
        pos = self.to_qt(index)
        self._layout_goal = pos
        block = self.document().findBlock(pos)
        if self._laid_out(block) or pos - self._layout_frontier() <= LAYOUT_STEP:
            self._scroll_to_qt(pos)
        else:
            self._layout_towards()

    def _laid_out(self, block) -> bool:
        layout = block.layout()
        return layout is not None and layout.lineCount() > 0

    def _frontier_block(self) -> int:
        """Number of the last laid-out block (layout runs from the top, so laid-out blocks are a prefix)."""
        qdoc = self.document()
        lo, hi = 0, qdoc.blockCount() - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self._laid_out(qdoc.findBlockByNumber(mid)):
                lo = mid
            else:
                hi = mid - 1
        return lo

    def _layout_frontier(self) -> int:
        """Qt position up to which the document is laid out."""
        return self.document().findBlockByNumber(self._frontier_block()).position()

    def _layout_towards(self) -> None:
        goal = self._layout_goal
        if goal is None:
            return
        frontier = self._layout_frontier()
        if goal - frontier <= LAYOUT_STEP:
            self._layout_goal = None
            self._scroll_to_qt(goal)
            return
        block = self.document().findBlock(frontier + LAYOUT_STEP)
        self.document().documentLayout().blockBoundingRect(block)  # lays out up to this block
        QTimer.singleShot(0, self._layout_towards)

    def _scroll_to_qt(self, pos: int) -> None:
        block = self.document().findBlock(pos)
        layout = self.document().documentLayout()
        top = layout.blockBoundingRect(block).top()
        text_layout = block.layout()
        line = text_layout.lineForTextPosition(pos - block.position()) if text_layout else None
        if line is not None and line.isValid() and line.lineNumber() > 0:
            top += line.y()
        elif block.blockNumber() > 0:
            top -= self._typo.em * TOP_BREATHING  # a paragraph put at the top keeps a little air above it
        self.verticalScrollBar().setValue(max(0, math.ceil(top)))
        self._emit_position()

    def reveal_display(self, start: int, end: int) -> None:
        """Bring a displayed span into view, a third of the way down, unless it is already well in view."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.to_qt(start))
        rect = self.cursorRect(cursor)
        height = self.viewport().height()
        if height * 0.1 <= rect.top() and rect.bottom() <= height * 0.85:
            return
        bar = self.verticalScrollBar()
        self._anchor = None
        bar.setValue(bar.value() + rect.top() - height // 3)

    def select_display(self, start: int, end: int, reveal: bool = True) -> None:
        """Select a displayed-text span (find results) and bring it into view."""
        cursor = self.textCursor()
        cursor.setPosition(self.to_qt(start))
        cursor.setPosition(self.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        if reveal:
            self.ensureCursorVisible()

    @Slot(int)
    def _on_scrolled(self, _value: int) -> None:
        if not self._pinning and self._busy:
            self._anchor = self._current_anchor()  # the reader moved: hold the new place instead
        self._scroll_timer.start()

    @Slot()
    def _emit_position(self) -> None:
        if self._doc is not None:
            self._top = self.top_offset()
            self.position_changed.emit(self._top)

