"""The outline tree (click to jump, follows scrolling, filter box) and the breadcrumb above the text."""

from __future__ import annotations

import bisect
import html
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Signal, Slot
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QLabel, QLineEdit, QToolButton, QTreeView, QVBoxLayout, QWidget,
)

from reader.text.model import Heading
from reader.text.outline import heading_label

OFFSET_ROLE = Qt.ItemDataRole.UserRole + 1
INDEX_ROLE = Qt.ItemDataRole.UserRole + 2
FILTER_ROLE = Qt.ItemDataRole.UserRole + 3


def _plain_tooltip(text: str) -> str:
    """Tooltips are rich text when they look like it; document text must stay text."""
    return f"<p>{html.escape(text)}</p>"


class _HeadingItem(QStandardItem):
    """A heading row whose text is produced on demand, so a script change costs nothing per heading."""

    def __init__(self, owner: "OutlineView", index: int) -> None:
        super().__init__()
        self._owner = owner
        self._index = index

    def data(self, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            return self._owner.label(self._index)
        if role == Qt.ItemDataRole.ToolTipRole:
            return _plain_tooltip(self._owner.label(self._index))
        if role == FILTER_ROLE:
            h = self._owner.headings[self._index]
            return f"{self._owner.label(self._index)}\n{heading_label(h)}"
        if role == OFFSET_ROLE:
            return self._owner.headings[self._index].offset
        if role == INDEX_ROLE:
            return self._index
        return super().data(role)


class _Filter(QSortFilterProxyModel):
    """Keeps matching headings and their ancestors, matching the displayed and the written title."""

    needle = ""

    def filterAcceptsRow(self, row: int, parent: QModelIndex) -> bool:
        needle = self.needle
        if not needle:
            return True
        index = self.sourceModel().index(row, 0, parent)
        return needle.casefold() in (index.data(FILTER_ROLE) or "").casefold()

    def set_needle(self, needle: str) -> None:
        """Filter by a new text (the rows are re-checked, nothing else)."""
        self.beginFilterChange()
        self.needle = needle
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)


class OutlineView(QWidget):
    """Headings as a tree; emits heading_activated(offset in the cleaned text) when the reader picks one."""

    heading_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.filter_box = QLineEdit(objectName="outlineFilter")
        self.filter_box.setClearButtonEnabled(True)
        self.tree = QTreeView(objectName="outlineView")
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self._model = QStandardItemModel(self)
        self._proxy = _Filter(self)
        self._proxy.setSourceModel(self._model)
        self._proxy.setRecursiveFilteringEnabled(True)
        self.tree.setModel(self._proxy)
        self._empty = QLabel()
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._empty.setWordWrap(True)
        self._empty.setEnabled(False)
        self._empty.setVisible(False)  # until a document without headings is shown
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.filter_box)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self._empty)
        self._headings: tuple[Heading, ...] = ()
        self._offsets: list[int] = []
        self._items: list[QStandardItem] = []
        self._labels: dict[int, str] = {}
        self._convert: Callable[[str], str] = lambda text: text
        self._current = -1
        self.tree.clicked.connect(self._on_activated)
        self.tree.activated.connect(self._on_activated)
        self.filter_box.textChanged.connect(self._on_filter)
        self.filter_box.returnPressed.connect(self._jump_to_first_match)
        self.retranslate()

    def retranslate(self) -> None:
        self.filter_box.setPlaceholderText(self.tr("Filter headings"))
        self._empty.setText(self.tr("This document has no numbered headings."))

    @property
    def headings(self) -> tuple[Heading, ...]:
        return self._headings

    def set_headings(self, headings: tuple[Heading, ...], convert: Callable[[str], str] | None = None) -> None:
        """A new outline; `convert` gives a heading title in the displayed script."""
        self._headings = tuple(headings)
        self._offsets = [h.offset for h in headings]
        self._convert = convert or (lambda text: text)
        self._labels = {}
        model = QStandardItemModel(self)  # filled detached from the view and filter, then swapped in
        self._items = []
        stack: list[tuple[int, QStandardItem]] = [(0, model.invisibleRootItem())]
        for i, h in enumerate(headings):
            item = _HeadingItem(self, i)
            while len(stack) > 1 and stack[-1][0] >= h.depth:
                stack.pop()
            stack[-1][1].appendRow(item)
            stack.append((h.depth, item))
            self._items.append(item)
        old, self._model = self._model, model
        self._proxy.setSourceModel(model)
        old.deleteLater()
        self.tree.setRootIsDecorated(len({h.depth for h in headings}) > 1)  # flat outlines need no branch space
        self.tree.expandAll()
        self._current = -1
        self._empty.setVisible(not headings)
        self.tree.setVisible(bool(headings))
        self.filter_box.setEnabled(bool(headings))

    def set_converter(self, convert: Callable[[str], str]) -> None:
        """Show the titles in another script (the tree, its selection and filter stay)."""
        self._convert = convert
        self._labels = {}
        if self._proxy.needle:
            self._proxy.set_needle(self._proxy.needle)
        self.tree.viewport().update()

    def label(self, index: int) -> str:
        """Marker and title of a heading as displayed."""
        if not 0 <= index < len(self._headings):
            return ""
        label = self._labels.get(index)
        if label is None:
            h = self._headings[index]
            label = self._labels[index] = heading_label(h, self._convert(h.title))
        return label

    def current_index(self) -> int:
        """Index of the heading the reader is in (-1 before the first)."""
        return self._current

    def section_at(self, offset: int) -> int:
        """Index of the last heading starting at or before a cleaned-text offset."""
        return bisect.bisect_right(self._offsets, offset) - 1

    def follow(self, offset: int) -> int:
        """Highlight the section containing `offset` without moving the text; returns its index."""
        index = self.section_at(offset)
        if index == self._current:
            return index
        self._current = index
        selection = self.tree.selectionModel()
        if index < 0:
            selection.clearSelection()
            return index
        proxy_index = self._proxy.mapFromSource(self._items[index].index())
        if proxy_index.isValid():
            blocked = self.tree.blockSignals(True)
            self.tree.setCurrentIndex(proxy_index)
            self.tree.blockSignals(blocked)
            self.tree.scrollTo(proxy_index)
        return index

    @Slot(QModelIndex)
    def _on_activated(self, index: QModelIndex) -> None:
        offset = index.data(OFFSET_ROLE)
        if offset is not None:
            self._current = index.data(INDEX_ROLE)
            self.heading_activated.emit(int(offset))

    @Slot()
    def _jump_to_first_match(self) -> None:
        """Enter in the filter box goes to the first heading that matches (without a filter: the selected one)."""
        needle = self._proxy.needle.casefold()
        index = self.tree.currentIndex() if not needle else self._first_match(QModelIndex(), needle)
        if index is not None and index.isValid():
            self.tree.setCurrentIndex(index)
            self._on_activated(index)

    def _first_match(self, parent: QModelIndex, needle: str) -> QModelIndex | None:
        """Depth-first, in document order, the first shown heading whose own text matches."""
        for row in range(self._proxy.rowCount(parent)):
            index = self._proxy.index(row, 0, parent)
            if needle in (index.data(Qt.ItemDataRole.DisplayRole) or "").casefold() or needle in (
                    index.data(FILTER_ROLE) or "").casefold():
                return index
            found = self._first_match(index, needle)
            if found is not None:
                return found
        return None

    @Slot(str)
    def _on_filter(self, text: str) -> None:
        self._proxy.set_needle(text.strip())
        self.tree.expandAll()


class Breadcrumb(QWidget):
    """Where the reader is: the enclosing headings' markers, each clickable (一 › （二） › 3.)."""

    heading_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("breadcrumb")
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(8, 2, 8, 2)
        self._layout.setSpacing(2)
        self._layout.addStretch(1)
        self._path: list[int] = []
        self._labels: list[str] = []

    def path(self) -> list[str]:
        """The texts shown, outermost first (for tests and accessibility)."""
        return [self._layout.itemAt(i).widget().text().replace("&&", "&")
                for i in range(self._layout.count()) if isinstance(self._layout.itemAt(i).widget(), QToolButton)]

    def set_path(self, headings: tuple[Heading, ...], chain: list[int], labels: dict[int, str]) -> None:
        """Show a chain of heading indices; the innermost is shown with its title."""
        if chain == self._path and [labels[i] for i in chain] == self._labels:
            return
        self._labels = [labels[i] for i in chain]
        self._path = list(chain)
        while self._layout.count() > 1:
            item = self._layout.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        for n, i in enumerate(chain):
            if n:
                sep = QLabel("›")
                sep.setEnabled(False)
                self._layout.insertWidget(self._layout.count() - 1, sep)
            h = headings[i]
            short = h.marker.rstrip("、．.") if h.marker else labels[i]
            text = labels[i] if n == len(chain) - 1 else short
            if len(text) > 40:
                text = text[:39] + "…"
            button = QToolButton()
            button.setAutoRaise(True)
            button.setText(text.replace("&", "&&"))
            button.setToolTip(_plain_tooltip(labels[i]))
            button.clicked.connect(lambda _=False, o=h.offset: self.heading_activated.emit(o))
            self._layout.insertWidget(self._layout.count() - 1, button)
