"""The outline's marked row (the section the reader is in) kept in view, mid-panel rather than at an edge."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QTreeView

from reader.ui.outline_keys import SubtreeOpener
from reader.ui.outline_rows import HeadingDelegate, NarrowIndent

EDGE_ROWS = 2  # a row this close to the panel's top or bottom is put mid-panel: the sections around it in view too


def near_edge(tree: QTreeView, index: QModelIndex) -> bool:
    """Out of sight, or within EDGE_ROWS rows of the panel's top or bottom (reading on, the next ones were cut off)."""
    row = tree.visualRect(index)
    margin = EDGE_ROWS * row.height()
    return not tree.viewport().rect().adjusted(0, margin, 0, -margin).contains(row)


def center(tree: QTreeView, index: QModelIndex) -> None:
    tree.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)


class MarkedRowKeeper(QObject):
    """A panel made shorter or shown again (a smaller window, F9) keeps the marked row in view: the tree kept its
    scroll, so the section the reader is in sat below the panel's bottom until the text moved on."""

    def __init__(self, tree: QTreeView) -> None:
        super().__init__(tree)
        self._tree = tree
        self._timer = QTimer(self, singleShot=True, interval=0)  # once the view has its new size and scroll range
        self._timer.timeout.connect(self._keep)
        tree.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self._timer.start()
        return False

    def _keep(self) -> None:
        index = self._tree.currentIndex()
        if index.isValid() and self._tree.isVisible() and near_edge(self._tree, index):
            center(self._tree, index)


def outline_tree() -> QTreeView:
    """The outline's tree: one column of headings, read-only, its marked row kept in view."""
    tree = QTreeView(objectName="outlineView")
    tree.setHeaderHidden(True)
    header = tree.header()  # its one column as wide as the panel, never wider: the default 100 px made a narrow
    header.setDefaultSectionSize(header.minimumSectionSize())  # panel scroll sideways, the rows' starts cut off
    tree.setUniformRowHeights(True)
    tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    tree.setTextElideMode(Qt.TextElideMode.ElideRight)
    MarkedRowKeeper(tree)  # owned by the tree
    NarrowIndent(tree)
    SubtreeOpener(tree)  # '*' opens a row's subtree in slices
    tree.setItemDelegate(HeadingDelegate(tree))
    return tree
