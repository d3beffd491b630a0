"""The keyword panel's list of rows, scrolled once it outgrows the panel.

Found by hand (session 65K): the rows sat in the panel's own layout, so thirty keywords made the panel, and with it
the window, taller than the screen; the hit position, the arrows and the status bar went below its edge. The rows
now scroll in place: as tall as they are while the panel has room, never shorter than a few rows, the row just
added brought into sight.

Found by hand (session 65F): F3 stepped to a hit of a keyword whose row was scrolled away, so the reader saw neither
which keyword the hit was of nor its count. The current hit's row is now marked (its word and count in bold, property
``current``) and, on a step, scrolled into sight when it is out of it; rows in sight are not moved.

Found by the reverted test (session 66K): the rows' height changes after a step or a typed word, most often when the
document's suggestions arrive (from a child process, seconds after the window was ready) and their chips take the
place of the word 'pending': the rows' view shrank by 69 px, and the row just stepped to, placed at its lower edge,
went out of sight; the same change pulled the row typed last back into sight after the reader had scrolled the rows
away. The row typed or stepped to last is now kept in sight whenever the rows or their view change size, until the
reader scrolls the rows themselves (wheel, keys, the bar) or another document is shown.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QSizePolicy, QVBoxLayout, QWidget
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
        self._current = ""  # the keyword of the current hit, its row marked
        self._kept: QWidget | None = None  # the row typed or stepped to last: kept in sight while the rows settle
        bar = self.verticalScrollBar()
        bar.rangeChanged.connect(lambda _low, _high: self._bring_into_sight(self._kept))
        bar.actionTriggered.connect(self._scrolled_by_reader)  # wheel, keys, the bar: never ensureWidgetVisible

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
        self._kept = added
        if added is not None:  # once the layouts have placed it (and again whenever the rows' height changes after)
            QTimer.singleShot(0, self, lambda: self._bring_into_sight(added))

    def _bring_into_sight(self, row: QWidget | None) -> None:
        if row is not None and isValid(row) and not row.isHidden():  # not removed meanwhile
            self.ensureWidgetVisible(row, 0, 0)

    def to_top(self) -> None:
        """Another document: its first keywords in view (the last document's scroll, or the row typed there, hid
        them), the row typed or stepped to last no longer kept in sight as the counts change the rows."""
        self._kept = None
        self.verticalScrollBar().setValue(0)

    def _scrolled_by_reader(self, _action: int) -> None:
        """The reader scrolls the rows: where they put them stays, whatever arrives after."""
        self._kept = None

    def set_current(self, word: str, stepped: bool = False) -> None:
        """The current hit's keyword row marked ("" none); stepped to (F3), it is scrolled into sight if it is not:
        the reader sees which keyword the hit is of and its count."""
        self._current = word
        found = None
        for i in range(self.rows.count()):
            row = self.rows.itemAt(i).widget()
            if row is None:
                continue
            mark = bool(word) and row.property("word") == word
            found = row if mark else found
            if bool(row.property("current")) != mark:
                row.setProperty("current", mark)
                for label in row.findChildren(QLabel):
                    font = label.font()
                    font.setBold(mark)
                    label.setFont(font)
        if stepped and found is not None:
            self._kept = found  # in place of the row typed last
            self.ensureWidgetVisible(found, 0, 0)  # moves the rows only when the row is not wholly in sight
            QTimer.singleShot(0, self, lambda: self._bring_into_sight(self._kept))  # again once the mark is laid out

    def current(self) -> str:
        """The keyword whose row is marked as the current hit's ("" none)."""
        return self._current
