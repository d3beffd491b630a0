"""A long outline's tree made in slices with its filter attached from the start, so showing it costs one swap.

Handing a filled model of 60,000 rows to the filter at once made it judge every top-level row in one event-loop
turn (0.8 s on a 30 MB law collection under load); attached while empty, it judges each slice's rows as they come.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

from PySide6.QtGui import QStandardItem, QStandardItemModel

from reader.ui.outline_filter import HeadingFilter


def made_rows(headings: Sequence, make: Callable[[int], QStandardItem], batch: int,
              proxy: HeadingFilter | None = None) -> Iterator[None]:
    """Make a tree's rows, a step per `batch` of them; returns the model, its items and `proxy` (fed as it fills).

    Top-level rows are appended together at the end of each step (one insertion for the filter to take in), each with
    its rows made: a row's rows added later in the model would be judged as they come, one insertion each."""
    model = QStandardItemModel()  # filled detached from the view, then swapped in
    root = model.invisibleRootItem()
    if proxy is not None:
        proxy.setSourceModel(model)
        proxy.rowCount()  # the top level's mapping made now, while empty: inserted rows are judged as they come
    items: list[QStandardItem] = []
    top: list[QStandardItem] = []  # top-level rows waiting to be appended
    stack: list[tuple[int, QStandardItem | None]] = [(0, None)]
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
    if top:
        root.appendRows(top)
    return model, items, proxy
