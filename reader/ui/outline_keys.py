"""'*' on an outline row opens everything below it a slice at a time, as the outline's filter opens its rows.

Qt's own '*' opened the whole subtree in one turn and then, '*' being a printable key, looked for a row starting with
'*' through every sibling's text: under a part of 5,000 articles, 5,000 calls into Python in one keystroke (0.2-0.4 s
of a blocked window on a loaded machine, more beside a busy worker).
"""

from __future__ import annotations

import time
from collections.abc import Iterator

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QTreeView

OPEN_SLICE_S = 0.015  # opening time per event-loop turn


def opened_below(tree: QTreeView, top: QModelIndex, slice_s: float = OPEN_SLICE_S) -> Iterator[None]:
    """Open `top` and every row below it that has rows, in document order, yielding every `slice_s`; stops when the
    tree's model changed or the row went (a new outline, a filter)."""
    model = tree.model()
    tree.expand(top)
    stack: list[tuple[QPersistentModelIndex, int]] = [(QPersistentModelIndex(top), 0)]  # (parent, next row)
    deadline = time.perf_counter() + slice_s
    while stack:
        parent, row = stack[-1]
        if tree.model() is not model or not parent.isValid():
            return
        index = QModelIndex(parent)
        if row >= model.rowCount(index):
            stack.pop()
            continue
        stack[-1] = (parent, row + 1)
        child = model.index(row, 0, index)
        if model.hasChildren(child):
            tree.expand(child)
            stack.append((QPersistentModelIndex(child), 0))
        if not row & 31 and time.perf_counter() > deadline:
            yield
            deadline = time.perf_counter() + slice_s


class SubtreeOpener(QObject):
    """Takes the tree's '*' (the current row's whole subtree opened), doing it in slices."""

    def __init__(self, tree: QTreeView) -> None:
        super().__init__(tree)
        self._tree = tree
        self._steps: Iterator[None] | None = None
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self._step)
        tree.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() == Qt.Key.Key_Asterisk and self._tree.currentIndex().isValid()):
            self._steps = opened_below(self._tree, self._tree.currentIndex())
            self._step()
            return True
        return False

    def busy(self) -> bool:
        """Rows are still being opened."""
        return self._steps is not None

    def _step(self) -> None:
        if self._steps is None:
            return
        try:
            next(self._steps)
        except StopIteration:
            self._steps = None
            return
        self._timer.start()
