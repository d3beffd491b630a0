"""A long outline's tree made in slices with its filter attached from the start, so showing it costs one swap; the
tree it replaces let go of in slices too.

Handing a filled model of 60,000 rows to the filter at once made it judge every top-level row in one event-loop
turn (0.8 s on a 30 MB law collection under load); attached while empty, it judges each slice's rows as they come.
Deleting a replaced model at once freed all its rows (and their Python items) in one turn: 85,000 of a 16 M-character
text's headings held the window when the reader switched to another document.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Iterator, Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel

from reader.ui.outline_filter import INDEX_ROLE, OFFSET_ROLE, HeadingFilter
from reader.ui.outline_rows import MARKER_ROLE

_DISPLAY, _TOOLTIP = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole
_ASKED = frozenset({_DISPLAY, _TOOLTIP, OFFSET_ROLE, INDEX_ROLE, MARKER_ROLE})


def plain_tooltip(text: str) -> str:
    """Tooltips are rich text when they look like it; document text must stay text."""
    return f"<p>{html.escape(text)}</p>"


class HeadingItem(QStandardItem):
    """A heading's row: its index in the outline (its text is the model's to produce)."""

    def __init__(self, index: int) -> None:
        super().__init__()
        self.heading = index


class HeadingModel(QStandardItemModel):
    """Rows whose text is produced on demand, so a script change costs nothing per heading; the model answers, not
    each item, so what Qt asks of every row as it lays the tree out (its flags) is answered without Python."""

    def __init__(self, owner) -> None:
        super().__init__()
        self._owner = owner  # its `outline` is the one shown

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY):
        if role not in _ASKED:
            return super().data(index, role)
        item = self.itemFromIndex(index)
        if not isinstance(item, HeadingItem):
            return super().data(index, role)
        outline, i = self._owner.outline, item.heading
        if role == _DISPLAY:
            return outline.label(i)
        if role == _TOOLTIP:
            return plain_tooltip(outline.label(i))
        if role == OFFSET_ROLE:
            return outline.headings[i].offset
        if role == INDEX_ROLE:
            return i
        return outline.marker(i)


def made_rows(headings: Sequence, make: Callable[[int], QStandardItem], batch: int,
              proxy: HeadingFilter | None = None, model: QStandardItemModel | None = None) -> Iterator[None]:
    """Make a tree's rows, a step per `batch` of them; returns the model, its items and `proxy` (fed as it fills).

    Top-level rows are appended together at the end of each step (one insertion for the filter to take in), each with
    its rows made: a row's rows added later in the model would be judged as they come, one insertion each."""
    model = QStandardItemModel() if model is None else model  # filled detached from the view, then swapped in
    root = model.invisibleRootItem()
    if proxy is not None:
        proxy.setSourceModel(model)
        proxy.rowCount()  # the top level's mapping made now, while empty: inserted rows are judged as they come
    items: list[QStandardItem] = []
    top: list[QStandardItem] = []  # top-level rows waiting to be appended
    stack: list[tuple[int, QStandardItem | None]] = [(0, None)]
    try:
        for i, h in enumerate(headings):
            item = make(i)
            while len(stack) > 1 and stack[-1][0] >= h.depth:
                stack.pop()
            parent = stack[-1][1]
            if parent is None:
                top.append(item)
            else:
                parent.appendRow(item)
            stack.append((h.depth, item))
            items.append(item)
            if len(items) % batch == 0:
                if len(top) > 1:  # the last may get rows yet: appended whole later (its rows not judged one by one)
                    root.appendRows(top[:-1])
                    top = top[-1:]
                yield
    finally:  # (closed half made: the rows waiting go into the model too, to be let go of with it in slices)
        if top:
            root.appendRows(top)
    return model, items, proxy


class Filling:
    """A long outline's tree being made a step per event-loop turn, detached from the view; dropped half made (the
    reader switched to another document), its rows are let go of in slices like a shown tree's: deleted at once, the
    rows made so far (tens of thousands in a 16 M-character text) held the window in one turn."""

    def __init__(self, outline, make: Callable[[int], QStandardItem], batch: int, model: QStandardItemModel) -> None:
        self.outline = outline  # shown once made (a script change replaces it meanwhile)
        self.model, self.proxy = model, HeadingFilter()
        self._steps = made_rows(outline.headings, make, batch, self.proxy, model)

    def step(self) -> tuple | None:
        """Make the next slice of rows: the model, its items and its filter once all are made, else None."""
        try:
            next(self._steps)
        except StopIteration as made:
            return made.value
        return None

    def drop(self, owner) -> None:
        """Stop making rows and let go of those made, a slice per turn (the model is `owner`'s until then: deleted
        with it if the window closes first)."""
        self.proxy.setSourceModel(None)  # the rows still to go in are not judged by a filter nobody will show
        self._steps.close()
        self.model.setParent(owner)
        retire_rows(self.model)


RETIRE_ROWS = 1500  # rows removed per event-loop turn from a replaced tree (about as many as a slice of its making)


def retire_rows(model: QStandardItemModel) -> None:
    """Let go of a model no view shows any more: its rows removed RETIRE_ROWS at a time, one step per event-loop turn,
    then the model itself deleted (a timer of its own: deleted with it, or with its parent when the window closes)."""
    timer = QTimer(model, interval=0)

    def step() -> None:
        _remove_rows(model.invisibleRootItem(), RETIRE_ROWS)
        if not model.rowCount():
            timer.stop()
            model.deleteLater()

    timer.timeout.connect(step)
    timer.start()


def _remove_rows(root: QStandardItem, batch: int) -> None:
    """Remove up to `batch` rows without rows of their own, the last ones under the last row that has any: a row goes
    with all its rows, so a part of thousands of articles is emptied a slice at a time before it goes itself."""
    item = root
    while (count := item.rowCount()) and item.child(count - 1).hasChildren():
        item = item.child(count - 1)
    if not count:
        return
    leaves = 1
    while leaves < min(count, batch) and not item.child(count - 1 - leaves).hasChildren():
        leaves += 1
    item.removeRows(count - leaves, leaves)
