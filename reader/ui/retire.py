"""Letting go of a replaced QTextDocument in steps, so freeing a long one never stalls the window.

Deleting a laid-out QTextDocument frees every block's text layout at once: a 3 M-character text replaced by its
conversion (Ctrl+T) held the window 0.3-0.4 s on its deletion alone. A document handed to `retire` is no longer
shown; its blocks' layouts are cleared a few milliseconds per event-loop turn. Cleared, each block still holds its
emptied layout, and deleting those with the blocks took 140 ms of the GUI thread at 16 M characters (the reader
switching to another document): so the blocks are then removed from the end, a few milliseconds a turn, and the
document, down to one block, is deleted. Before the removal its page size is made null, so that Qt's layout lays
nothing out again for an edit (with a page, removing the last blocks of a text laid out a third of the way laid out
all the rest first: 1.3 s for 100,000 paragraphs), and its undo is turned on, which only keeps Qt from compacting the
text left after every removal (a copy of all of it each time: 10 ms a step at 8 M characters). Its layout's timers
are swallowed meanwhile (the lazy-layout one would lay it out again).

The text a converted one replaces (its paragraphs, their offset maps, the joined text: 20-24 ms of CPU to free at
16 M characters) is let go of here too, RETIRE_VALUES entries a step, each list first copied (a worker may still be
reading the original: never emptied under it; it goes with the worker's last reference).
"""

from __future__ import annotations

from collections import deque
from time import perf_counter

from PySide6.QtCore import QEvent, QObject, QSizeF, QTimer
from PySide6.QtGui import QTextCursor, QTextDocument
from shiboken6 import isValid

from reader.ui.tuning import RETIRE_BLOCKS, RETIRE_BUDGET_MS

RETIRE_VALUES = 5000  # list entries let go of per look at the clock (about a millisecond)


class DocumentRetirer(QObject):
    """Frees replaced documents oldest first, RETIRE_BUDGET_MS of work per event-loop turn."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._queue: deque[list] = deque()  # [document, next block number to clear; -1: all cleared]
        self._values: deque[list] = deque()  # replaced values, each list as a copy of its own
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self._step)

    @property
    def pending(self) -> int:
        """Documents handed over and not deleted yet."""
        return len(self._queue) + len(self._values)

    def retire(self, qdoc: QTextDocument | None) -> None:
        """Take a document nobody shows any more (nor edits, nor points into): freed from the next turn on."""
        if qdoc is None:
            return
        qdoc.documentLayout().installEventFilter(self)
        self._queue.append([qdoc, 0])
        if not self._timer.isActive():
            self._timer.start()

    def drop(self, values: tuple) -> None:
        """Take values nobody uses any more (lists, strings): freed from the next turn on, a slice a step."""
        self._values.extend(list(value) if isinstance(value, list) else [value] for value in values)
        if not self._timer.isActive():
            self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A retired document's lazy-layout timer: swallowed (it would lay out the text being freed)."""
        return event.type() == QEvent.Type.Timer

    def _step(self) -> None:
        deadline = perf_counter() + RETIRE_BUDGET_MS / 1000
        while self._queue or self._values:  # at least one chunk a turn, however slow the machine
            if self._values:
                del self._values[0][-RETIRE_VALUES:]
                if not self._values[0]:
                    self._values.popleft()
            else:
                self._clear_some(self._queue[0])
            if perf_counter() >= deadline:
                break
        if self._queue or self._values:
            self._timer.start()

    def _clear_some(self, entry: list) -> None:
        """Clear RETIRE_BLOCKS blocks' layouts of the oldest document; once none is left, remove its blocks."""
        qdoc, number = entry
        if not isValid(qdoc):  # deleted with its parent meanwhile (the window closed)
            self._queue.popleft()
            return
        if number < 0:
            return self._remove_some(qdoc)
        block = qdoc.findBlockByNumber(number)
        for _ in range(RETIRE_BLOCKS):
            if not block.isValid():
                break
            block.clearLayout()
            block = block.next()
        entry[1] = block.blockNumber() if block.isValid() else -1
        if not block.isValid():
            qdoc.setPageSize(QSizeF(0, 0))  # Qt's layout lays nothing out for the removals (this clears every block's
            qdoc.setUndoRedoEnabled(True)  # layout again: cheap, all are empty); nothing is undone (see above)

    def _remove_some(self, qdoc: QTextDocument) -> None:
        """Remove the last RETIRE_BLOCKS blocks (their layouts with them); delete the document once one is left."""
        count = qdoc.blockCount()
        if count > 1:
            cursor = QTextCursor(qdoc)  # from the end: nothing after the cut is moved or renumbered
            cursor.setPosition(qdoc.findBlockByNumber(max(1, count - RETIRE_BLOCKS)).position() - 1)
            cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
            cursor.removeSelectedText()
        if qdoc.blockCount() <= 1:
            self._queue.popleft()
            qdoc.deleteLater()  # one block left: it, the formats and the undo notes go at once
