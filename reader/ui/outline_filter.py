"""The outline filter for long outlines: matches found in time slices, the tree's rows re-made in one pass."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Sequence

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QTreeView

from reader.text.sections import Outline

OFFSET_ROLE = Qt.ItemDataRole.UserRole + 1
INDEX_ROLE = Qt.ItemDataRole.UserRole + 2
MATCH_SLICE_S = 0.015  # matching time per event-loop turn: a first filter of 20,000 headings costs about 1.5 s


class HeadingFilter(QSortFilterProxyModel):
    """Keeps the headings of an accepted set (matches and their ancestors); no set keeps all."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.needle = ""
        self._accepted: set[int] | None = None
        self._kids: dict[int, list[int]] = {}
        self._parent = QModelIndex()  # the last parent asked about, and whether each of its rows is kept
        self._rows: list[bool] = []

    def filterAcceptsRow(self, row: int, parent: QModelIndex) -> bool:
        if self._accepted is None:
            return True
        if parent != self._parent or not self._rows:  # Qt asks a parent's rows in a run: its verdicts are made once
            kids = self._kids.get(parent.data(INDEX_ROLE) if parent.isValid() else -1, [])
            self._parent, self._rows = QModelIndex(parent), [k in self._accepted for k in kids]
        return row < len(self._rows) and self._rows[row]

    def hasChildren(self, parent: QModelIndex = QModelIndex()) -> bool:
        """Unfiltered, the source's answer: Qt's own made a mapping of every row's children to say so, judging each
        child (the tree asks it of every top-level row it lays out: 25,000 judgements on a long law collection)."""
        source = self.sourceModel()
        if self._accepted is None and source is not None:
            return source.hasChildren(self.mapToSource(parent))
        return super().hasChildren(parent)

    def forget(self) -> None:
        """No filter, without telling views (the source model is about to be replaced)."""
        self.needle, self._accepted, self._parent, self._rows = "", None, QModelIndex(), []

    def apply(self, needle: str, accepted: set[int] | None, up: Sequence[int] = ()) -> None:
        """Show a new filter's rows by a reset: Qt's own row-by-row update re-lays the tree for each run of rows
        it removes or inserts (7 s going from '1' to '12' over 20,000 headings)."""
        self.beginResetModel()
        self.forget()
        self.needle, self._accepted = needle, accepted
        if accepted is not None:
            self._kids = children(up)
        self.endResetModel()


def parents(outline: Outline) -> list[int]:
    """Each heading's enclosing heading (-1 at the top), as the tree nests them."""
    result: list[int] = []
    stack: list[tuple[int, int]] = []  # (depth, index)
    for i, h in enumerate(outline.headings):
        while stack and stack[-1][0] >= h.depth:
            stack.pop()
        result.append(stack[-1][1] if stack else -1)
        stack.append((h.depth, i))
    return result


def children(up: Sequence[int]) -> dict[int, list[int]]:
    """Each heading's rows in the tree, in order (-1: the top level's)."""
    kids: dict[int, list[int]] = {}
    for i, p in enumerate(up):
        kids.setdefault(p, []).append(i)
    return kids


def matching(outline: Outline, needle: str, up: Sequence[int]) -> Iterator[None]:
    """The headings a filter keeps (those matching and their ancestors), yielding every MATCH_SLICE_S; returns the set.

    Each heading is added once: the walk up stops at one already kept, so the whole is linear."""
    accepted: set[int] = set()
    deadline = time.perf_counter() + MATCH_SLICE_S
    for i in range(len(outline.headings)):
        if outline.matches(i, needle):
            j = i
            while j >= 0 and j not in accepted:
                accepted.add(j)
                j = up[j]
        if not i & 63 and time.perf_counter() > deadline:
            yield
            deadline = time.perf_counter() + MATCH_SLICE_S
    return accepted


def unfold(tree: QTreeView, row: Callable[[int], QModelIndex], accepted: set[int], up: Sequence[int],
           then: Callable[[], None]) -> Iterator[None]:
    """Open the kept headings that have kept rows (`row`: a heading's index in the tree), in document order,
    yielding every MATCH_SLICE_S (17,000 kept rows opened at once block the window for 0.4 s); then `then()`."""
    opened = {up[k] for k in accepted}
    deadline = time.perf_counter() + MATCH_SLICE_S
    for i in range(len(up)):
        if i in opened:
            tree.expand(row(i))
            if time.perf_counter() > deadline:
                yield
                deadline = time.perf_counter() + MATCH_SLICE_S
    then()


def first_match(model, outline, parent: QModelIndex, needle: str) -> QModelIndex | None:
    """Depth-first, in document order, the first shown heading whose own text matches."""
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        if outline.matches(index.data(INDEX_ROLE), needle):
            return index
        found = first_match(model, outline, index, needle)
        if found is not None:
            return found
    return None
