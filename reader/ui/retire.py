"""Letting go of a replaced QTextDocument in steps, so freeing a long one never stalls the window.

Deleting a laid-out QTextDocument frees every block's text layout at once: a 3 M-character text replaced by its
conversion (Ctrl+T) held the window 0.3-0.4 s on its deletion alone. A document handed to `retire` is no longer
shown; its blocks' layouts are cleared a few milliseconds per event-loop turn, then the document, its layouts
gone, is deleted. Its layout's lazy-layout timer is swallowed meanwhile (that timer would lay it out again).
"""

from __future__ import annotations

from collections import deque
from time import perf_counter

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QTextDocument
from shiboken6 import isValid

from reader.ui.tuning import RETIRE_BLOCKS, RETIRE_BUDGET_MS


class DocumentRetirer(QObject):
    """Frees replaced documents oldest first, RETIRE_BUDGET_MS of work per event-loop turn."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._queue: deque[list] = deque()  # [document, next block number to clear]
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self._step)

    @property
    def pending(self) -> int:
        """Documents handed over and not deleted yet."""
        return len(self._queue)

    def retire(self, qdoc: QTextDocument | None) -> None:
        """Take a document nobody shows any more (nor edits, nor points into): freed from the next turn on."""
        if qdoc is None:
            return
        qdoc.documentLayout().installEventFilter(self)
        self._queue.append([qdoc, 0])
        if not self._timer.isActive():
            self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A retired document's lazy-layout timer: swallowed (it would lay out the text being freed)."""
        return event.type() == QEvent.Type.Timer

    def _step(self) -> None:
        deadline = perf_counter() + RETIRE_BUDGET_MS / 1000
        while self._queue:  # at least one chunk a turn, however slow the machine
            self._clear_some(self._queue[0])
            if perf_counter() >= deadline:
                break
        if self._queue:
            self._timer.start()

    def _clear_some(self, entry: list) -> None:
        """Clear RETIRE_BLOCKS blocks' layouts of the oldest document; delete it once none is left."""
        qdoc, number = entry
        if not isValid(qdoc):  # deleted with its parent meanwhile (the window closed)
            self._queue.popleft()
            return
        block = qdoc.findBlockByNumber(number)
        for _ in range(RETIRE_BLOCKS):
            if not block.isValid():
                break
            block.clearLayout()
            block = block.next()
        entry[1] = block.blockNumber() if block.isValid() else -1
        if not block.isValid():
            self._queue.popleft()
            qdoc.deleteLater()  # its layouts freed: the rest (text and formats) goes at once
