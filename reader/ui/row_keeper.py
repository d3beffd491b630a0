"""A list made shorter keeps its current row (the open document) in sight when the reader could see it before."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QTimer
from PySide6.QtWidgets import QAbstractItemView


class CurrentRowKeeper(QObject):
    """A shorter window or panel kept the list's scroll, so the open document's row slid under the panel's bottom
    edge (a sliver of it showing); a row the reader had scrolled out of sight is left where they put it."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self._view = view
        self._was_seen = False
        self._timer = QTimer(self, singleShot=True, interval=0)  # once the view has its new size and scroll range
        self._timer.timeout.connect(self._keep)
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            index = self._view.currentIndex()
            old = QRect(0, 0, event.oldSize().width(), event.oldSize().height())
            seen = index.isValid() and old.isValid() and old.intersects(self._view.visualRect(index))
            self._was_seen = self._was_seen or seen  # several resizes before the timer: seen in any of them
            self._timer.start()
        return False

    def _keep(self) -> None:
        view, seen = self._view, self._was_seen
        self._was_seen = False
        index = view.currentIndex()
        if seen and index.isValid() and not view.viewport().rect().contains(view.visualRect(index)):
            view.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
