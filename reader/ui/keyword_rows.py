"""The keyword panel's list of rows, scrolled once it outgrows the panel.

Found by hand (session 65K): the rows sat in the panel's own layout, so thirty keywords made the panel, and with it
the window, taller than the screen; the hit position, the arrows and the status bar went below its edge. The rows
now scroll in place: as tall as they are while the panel has room, never shorter than a few rows, the row just
added brought into sight.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtWidgets import QFrame, QScrollArea, QSizePolicy, QVBoxLayout, QWidget
from shiboken6 import isValid

MIN_ROWS = 3  # rows still shown when the panel is short (a low window, many keywords)


class KeywordRows(QScrollArea):
    """A frameless scroll area over a column of rows; `rows` is the column's layout."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keywordRows")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        host = QWidget(self)
        self.rows = QVBoxLayout(host)
        self.rows.setContentsMargins(0, 0, 0, 0)
        self.rows.setSpacing(0)
        self.setWidget(host)
        self.viewport().setAutoFillBackground(False)  # the rows on the panel's own background, as before
        host.setAutoFillBackground(False)
        self._typed: QWidget | None = None  # the row last typed: kept in sight while the rows settle
        self.verticalScrollBar().rangeChanged.connect(lambda _low, _high: self._bring_into_sight(self._typed))

    def sizeHint(self) -> QSize:
        """As tall as the rows: no empty band under a few keywords."""
        inner = self.widget().sizeHint()
        return QSize(inner.width(), inner.height())

    def minimumSizeHint(self) -> QSize:
        """A few rows (or all, when fewer): the rest scrolls instead of pushing the window past the screen."""
        rows = self.rows.count()
        full = self.sizeHint().height()
        shown = full if rows <= MIN_ROWS else full * MIN_ROWS // rows
        return QSize(self.widget().minimumSizeHint().width(), shown)

    def changed(self, added: QWidget | None = None) -> None:
        """After rows were added or removed: the panel's layout asks for the new size; an added row is shown."""
        self.widget().adjustSize()  # the rows placed now (a click may come before the next turn), not on a later one
        self.updateGeometry()
        self._typed = added
        if added is not None:  # once the layouts have placed it (and again if the rows' height changes after)
            QTimer.singleShot(0, self, lambda: self._bring_into_sight(added))

    def _bring_into_sight(self, row: QWidget | None) -> None:
        if row is not None and isValid(row) and not row.isHidden():  # not removed meanwhile
            self.ensureWidgetVisible(row, 0, 0)

    def to_top(self) -> None:
        """Another document: its first keywords in view (the last document's scroll, or the row typed there, hid
        them), the row last typed no longer kept in sight as the counts change the rows."""
        self._typed = None
        self.verticalScrollBar().setValue(0)
