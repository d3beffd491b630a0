"""Where the keyboard is in a list: a view Tab moved into showed nothing (Fusion draws at most a faint dotted frame
round the current row, lost on the dark theme and on a selected row), so its current row gets a ring while it has
the focus, drawn over the view's own painting in the palette's colours."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QTimer
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import QAbstractItemView, QTableView

RING_PX = 2


class FocusRing(QObject):
    """Owned by its view; holds no state but whether it is painting the view itself."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self._view, self._viewport = view, view.viewport()  # (asked of a view being destroyed, viewport() crashed)
        self._painting = False
        self._watched = None  # the selection model whose current row moves the ring (a new model brings another)
        view.installEventFilter(self)
        self._viewport.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self._view and kind in (QEvent.Type.FocusIn, QEvent.Type.FocusOut):
            QTimer.singleShot(0, self, self._refresh)  # not now: a view losing its focus may be half destroyed
        elif watched is self._viewport and kind == QEvent.Type.Paint and not self._painting:
            self._painting = True
            try:
                self._view.viewportEvent(event)  # the view paints its rows first
            finally:
                self._painting = False
            self._paint()
            return True
        return False

    def _refresh(self) -> None:
        """The ring comes and goes with the focus (the whole row: Qt repaints only the current cell)."""
        self._viewport.update()

    def row_rect(self) -> QRect:
        """The current row's rectangle in the viewport (empty: no ring shown)."""
        view, index = self._view, self._view.currentIndex()
        if not view.hasFocus() or not index.isValid():
            return QRect()
        rect = view.visualRect(index)
        if isinstance(view, QTableView):  # a row of several columns: round all of them
            for column in range(view.model().columnCount(index.parent())):
                if not view.isColumnHidden(column):
                    rect = rect.united(view.visualRect(index.siblingAtColumn(column)))
        else:
            rect.setLeft(0)
            rect.setRight(self._viewport.width() - 1)
        return rect.intersected(self._viewport.rect())

    def _paint(self) -> None:
        model = self._view.selectionModel()
        if model is not None and model is not self._watched:
            self._watched = model  # the whole viewport again: Qt repaints only the cells of the row left
            model.currentChanged.connect(self._refresh)
        rect = self.row_rect()
        if rect.isEmpty():
            return
        selected = self._view.selectionModel().isSelected(self._view.currentIndex())
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Highlight  # seen on its fill
        painter = QPainter(self._viewport)
        pen = QPen(self._view.palette().color(QPalette.ColorGroup.Active, role), RING_PX)
        painter.setPen(pen)
        half = RING_PX // 2
        painter.drawRect(rect.adjusted(half, half, -half - 1 + RING_PX % 2, -half - 1 + RING_PX % 2))
        painter.end()
