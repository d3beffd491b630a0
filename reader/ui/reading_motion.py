"""Moving the reading view: to a place, revealing a span, to the end, and where the top of the view is.

Nothing here runs a hit test (which would finish the whole layout first): positions are read from blocks already
laid out, and a far move in a long document lays out towards its goal in steps between events.
"""

from __future__ import annotations

import bisect
import math
from dataclasses import dataclass
from time import perf_counter
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSizeF, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QTextBlock, QTextCursor

from reader.ui.tuning import JUMP_BUDGET_MS, JUMP_STEP_CHARS, PUMP_CHUNK_CHARS

if TYPE_CHECKING:
    from reader.ui.reading_pane import ReadingView

TOP_BREATHING = 0.6  # ems of space kept above a heading or paragraph jumped to
_KEYS = QKeySequence.StandardKey
READ_ON_KEYS = {_KEYS.MoveToNextPage: True, _KEYS.MoveToNextLine: True,  # key -> it reads down
                _KEYS.MoveToPreviousPage: False, _KEYS.MoveToPreviousLine: False,
                _KEYS.MoveToNextChar: True, _KEYS.MoveToNextWord: True,  # Right and Ctrl+Right: no jump back either
                _KEYS.MoveToPreviousChar: False, _KEYS.MoveToPreviousWord: False}


@dataclass(frozen=True)
class Anchor:
    """A place in the view: the block at the top and how far its top is above the view's top, in pixels."""

    block: int
    delta: float


class Navigator(QObject):
    """Owns the view's moves; a move to a place not laid out yet continues over several event-loop turns."""

    arrived = Signal()  # a move ended with the view at its goal

    def __init__(self, view: "ReadingView") -> None:
        super().__init__(view)
        self._view = view
        self._goal: tuple[str, int] | None = None  # ("top" | "reveal" | "end", Qt position)
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self._step)
        self._end: int | None = None  # the scroll value of the end reached by Ctrl+End, while the view stays there
        view.verticalScrollBar().rangeChanged.connect(self._range_changed)

    @property
    def moving(self) -> bool:
        """A far move is under way (scroll-bar changes now are the program's, not the reader's)."""
        return self._goal is not None

    @property
    def at_end(self) -> bool:
        """The view was sent to the end (Ctrl+End, the last Page Down) and has not moved since."""
        return self._end is not None and self._view.verticalScrollBar().value() == self._end

    def reset(self) -> None:
        """A new document: any move under way is void."""
        self.cancel()

    def cancel(self) -> None:
        self._goal = None
        self._end = None
        self._timer.stop()

    def to_top(self) -> None:
        """The text's start at the top, now (no layout to make first): a move under way ends there, arrived."""
        self.cancel()
        self._view.verticalScrollBar().setValue(0)
        self.arrived.emit()

    # --- the layout frontier -----------------------------------------------------------------------------

    @staticmethod
    def laid_out(block: QTextBlock) -> bool:
        layout = block.layout()
        return layout is not None and layout.lineCount() > 0

    def frontier_block(self) -> int:
        """Number of the last laid-out block (layout runs from the top, so laid-out blocks are a prefix)."""
        qdoc = self._view.document()
        blocks = range(qdoc.blockCount())
        return max(0, bisect.bisect_left(blocks, True, key=lambda n: not self.laid_out(qdoc.findBlockByNumber(n))) - 1)

    def frontier_position(self) -> int | None:
        """Qt position of the first block not laid out yet; None when the whole document is laid out."""
        qdoc = self._view.document()
        if self.laid_out(qdoc.lastBlock()):
            return None
        block = qdoc.findBlockByNumber(self.frontier_block())
        nxt = block.next()
        return nxt.position() if nxt.isValid() and self.laid_out(block) else block.position()

    def position_at_y(self, y: int) -> int:
        """Qt position of the first character on the line at viewport height y, from laid-out blocks only."""
        return self._line_at_y(y)[0]

    def _line_at_y(self, y: int) -> tuple[int, int]:
        """Qt positions of the start and the end of the line at viewport height y (the next one in a gap)."""
        view = self._view
        qdoc = view.document()
        layout = qdoc.documentLayout()
        target = view.verticalScrollBar().value() + y + 1  # a pixel's slack: blocks start at fractional y
        laid = range(self.frontier_block() + 1)
        top = lambda n: layout.blockBoundingRect(qdoc.findBlockByNumber(n)).top()  # noqa: E731
        block = qdoc.findBlockByNumber(max(0, bisect.bisect_right(laid, target, key=top) - 1))
        text_layout = block.layout()
        rel = target - layout.blockBoundingRect(block).top()
        if text_layout is not None:
            for n in range(text_layout.lineCount()):
                line = text_layout.lineAt(n)
                if line.y() + line.height() > rel:
                    start = block.position() + line.textStart()
                    return start, start + line.textLength()
            nxt = block.next()
            if text_layout.lineCount() and nxt.isValid():  # in the space between paragraphs: the next one is at the top
                first = nxt.layout().lineAt(0) if nxt.layout() is not None and nxt.layout().lineCount() else None
                return nxt.position(), nxt.position() + (first.textLength() if first is not None else 0)
            if text_layout.lineCount():
                end = block.position() + block.length() - 1  # below the last line: the end of the text
                return end, end
        return block.position(), block.position()

    def holds_at_top(self, pos: int) -> bool:
        """Whether the line at the top of the view holds a Qt position (the reader has not moved off it)."""
        start, end = self._line_at_y(0)
        return start <= pos < end

    def end_of_line_at_y(self, y: int) -> int:
        """Qt position past the last character of the lowest line that starts above viewport height y: a line cut
        by the bottom edge is on screen whole, one in the gap below it (line spacing, paragraph space) is not."""
        view = self._view
        qdoc = view.document()
        layout = qdoc.documentLayout()
        target = view.verticalScrollBar().value() + y  # a line starting at the edge is below it
        laid = range(self.frontier_block() + 1)
        top = lambda n: layout.blockBoundingRect(qdoc.findBlockByNumber(n)).top()  # noqa: E731
        block = qdoc.findBlockByNumber(max(0, bisect.bisect_left(laid, target, key=top) - 1))
        text_layout = block.layout()
        end = block.position()
        if text_layout is None:
            return end
        rel = target - text_layout.position().y()  # lines sit below the block's top margin, if it has one
        for n in range(text_layout.lineCount()):
            line = text_layout.lineAt(n)
            if line.y() >= rel:
                break
            end = block.position() + line.textStart() + line.textLength()
        return end

    def key(self, event) -> bool:
        """A key pressed in the text: Home and End used here (True, accepted), any other one read on from the screen."""
        if self.ends_key(event):
            event.accept()
            return True
        self.caret_to_screen(event)
        return False

    def caret_to_screen(self, event) -> None:
        """Before Page Down/Up or an arrow, a caret left off screen (an outline jump, the wheel, the scroll bar) comes
        to the screen's edge the key moves from: the key reads on from the screen, not from the caret's old page."""
        down = next((d for key, d in READ_ON_KEYS.items() if event.matches(key)), None)
        view = self._view
        cursor = view.textCursor()
        if down is None:  # Shift+Page Down and the like extend a selection from the caret, wherever it is
            return
        top, bottom = self.position_at_y(0), self.end_of_line_at_y(view.viewport().height())
        if top <= cursor.position() <= bottom or bottom <= top:
            return
        cursor.setPosition(max(top, bottom - 1) if down else top)
        bar = view.verticalScrollBar()
        value = bar.value()
        view.setTextCursor(cursor)
        bar.setValue(value)  # the caret is on the screen: nothing moves before the key does

    def paged(self, event) -> None:
        """After Page Down: the caret on the text's last line shows the very end, as Ctrl+End and the scroll bar do;
        Qt only brought that line into view, the bottom margin under it left below (not at the end on a resize)."""
        if not (event.matches(_KEYS.MoveToNextPage) or event.matches(_KEYS.SelectNextPage)):
            return
        view = self._view
        cursor = view.textCursor()
        block, layout = cursor.block(), cursor.block().layout()
        if self.moving or block.next().isValid() or layout is None or not layout.lineCount():
            return  # not the last block (a cursor's Down also fails at blocks not laid out yet: not the end)
        if layout.lineForTextPosition(cursor.positionInBlock()).lineNumber() < layout.lineCount() - 1:
            return
        bar = view.verticalScrollBar()
        if bar.maximum() > 0:
            bar.setValue(bar.maximum())
            self._end = bar.value()  # kept at the end as the finished layout's last margins come in

    def ends_key(self, event) -> bool:
        """Home and End take the reader to the text's start and end, as in a PDF reader or a browser (Ctrl+End too,
        past a layout still under way); in the read-only text they moved the caret along its line and the view back
        to wherever the caret was left (an outline jump or the wheel leave it behind). True when the key was used."""
        plain = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier == Qt.KeyboardModifier.NoModifier
        if event.matches(_KEYS.MoveToEndOfDocument) or (plain and event.key() == Qt.Key.Key_End):
            self.go_to_end()
            return True
        if not (plain and event.key() == Qt.Key.Key_Home):
            return False
        cursor = self._view.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.Start)  # reading on with the arrows goes on from the top
        self._view.setTextCursor(cursor)
        self._view.verticalScrollBar().setValue(0)
        self.arrived.emit()
        return True

    # --- anchors -----------------------------------------------------------------------------------------

    def anchor(self) -> Anchor:
        view = self._view
        block = view.document().findBlock(self.position_at_y(0))
        top = view.document().documentLayout().blockBoundingRect(block).top()
        return Anchor(block.blockNumber(), view.verticalScrollBar().value() - top)

    def restore(self, anchor: Anchor) -> None:
        qdoc = self._view.document()
        block = qdoc.findBlockByNumber(anchor.block)
        top = qdoc.documentLayout().blockBoundingRect(block).top()
        self._view.verticalScrollBar().setValue(int(round(top + anchor.delta)))

    # --- moves -------------------------------------------------------------------------------------------

    def go_to(self, pos: int) -> None:
        """Put the line holding a Qt position at the top of the view."""
        self._start("top", pos)

    def reveal(self, pos: int) -> None:
        """Bring a Qt position into view, a third of the way down, unless it is already well in view."""
        self._start("reveal", pos)

    def go_to_end(self) -> None:
        """The end of the document, with every block above it laid out (the scroll range is then exact)."""
        self._start("end", self._view.document().characterCount() - 1)

    def _start(self, kind: str, pos: int) -> None:
        self._goal = (kind, pos)
        self._end = None
        self._timer.stop()
        self._step()

    def _step(self) -> None:
        if self._goal is None:
            return
        kind, pos = self._goal
        qdoc = self._view.document()
        pos = max(0, min(pos, qdoc.characterCount() - 1))
        frontier = self.frontier_position()
        if frontier is not None and pos - frontier > JUMP_STEP_CHARS:
            goal, deadline = frontier + JUMP_STEP_CHARS, perf_counter() + JUMP_BUDGET_MS / 1000
            while frontier < goal and perf_counter() < deadline:  # a slow or busy machine takes smaller steps
                frontier = min(goal, frontier + PUMP_CHUNK_CHARS)
                qdoc.documentLayout().blockBoundingRect(qdoc.findBlock(frontier))  # lays out up to this block
            self._timer.start()
            return
        qdoc.documentLayout().blockBoundingRect(qdoc.findBlock(pos))  # the goal itself, now cheap
        # The view's scroll range follows the laid-out size only when told; a far goal lies past the old range.
        qdoc.documentLayout().documentSizeChanged.emit(QSizeF())
        self._goal = None
        if kind == "top":
            self._scroll_to(pos)
        elif kind == "reveal":
            self._reveal(pos)
        else:
            bar = self._view.verticalScrollBar()
            bar.setValue(bar.maximum())
            self._end = bar.value()
        self.arrived.emit()

    def _range_changed(self, _minimum: int, maximum: int) -> None:
        """The finished layout adds the last margins a moment later: a view at the end stays at the end."""
        bar = self._view.verticalScrollBar()
        if self._end is not None and bar.value() == self._end:
            bar.setValue(maximum)
            self._end = bar.value()
        else:
            self._end = None

    def _scroll_to(self, pos: int) -> None:
        view = self._view
        qdoc = view.document()
        block = qdoc.findBlock(pos)
        top = qdoc.documentLayout().blockBoundingRect(block).top()
        text_layout = block.layout()
        line = text_layout.lineForTextPosition(pos - block.position()) if text_layout else None
        if line is not None and line.isValid() and line.lineNumber() > 0:
            top += line.y()
        elif block.blockNumber() > 0:
            top -= view.typography.em * TOP_BREATHING  # a paragraph put at the top keeps a little air above it
        bar = view.verticalScrollBar()
        bar.setValue(max(0, math.ceil(top)))
        if bar.value() < top and self.frontier_position() is None:
            self._end = bar.value()  # the last section, which cannot reach the top: at the end, kept there as the
            # finished layout's last margins come in (else the view stops short of the end and the section before it
            # is taken for the reader's)

    def _reveal(self, pos: int) -> None:
        view = self._view
        cursor = QTextCursor(view.document())
        cursor.setPosition(pos)
        rect = view.cursorRect(cursor)
        height = view.viewport().height()
        if height * 0.1 <= rect.top() and rect.bottom() <= height * 0.85:
            return
        bar = view.verticalScrollBar()
        wanted = bar.value() + rect.top() - height // 3
        bar.setValue(wanted)
        if bar.value() < wanted and self.frontier_position() is None:
            self._end = bar.value()  # a hit on the last screen: at the end, kept there as the last margins come in
