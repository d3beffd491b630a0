"""A one-line label, and a chip, that end in '…' when their room is short, the whole text in the tooltip."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QToolButton, QWidget


CJK_SAMPLE = "中"  # a chip's height is the height of a chip of Chinese, whatever its word


class _Elides:
    """Re-elides on every resize and font change (a label's and a chip's room both change with them)."""

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)  # type: ignore[misc]
        self._elide()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)  # type: ignore[misc]
        if event.type() == event.Type.FontChange:
            self._elide()

    def _elide(self) -> None:
        raise NotImplementedError


class ElidedLabel(_Elides, QLabel):
    """A long keyword in a narrow panel was cut through a character ('全國人民代表' and half of 表), with no sign
    that more of it was hidden; now it ends in '…' and the tooltip keeps it whole."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = text
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setToolTip(text)
        self.setText(text)

    def _elide(self) -> None:
        room = self.contentsRect().width()
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, room) if room > 0 else self._full
        if shown != self.text():
            self.setText(shown)


class ElidedChip(_Elides, QToolButton):
    """A suggestion chip asks for its whole word but takes less: a 20-character chip was the keyword panel's minimum
    width, which the splitter keeps, so the panel widened to fit it; in a narrow panel it now ends in '…' (its
    tooltip names the whole word, its property ``word`` holds it)."""

    def __init__(self, word: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = word
        self.setProperty("word", word)
        self.setAccessibleName(word)  # read out whole, however it is shown
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)  # its minimum, not its hint
        self.setText(word)

    def sizeHint(self) -> QSize:
        """The size for the whole word, whatever is shown now; as tall as a chip of Chinese (a Latin word's line,
        in the interface font alone, is lower than one the CJK fallback font sets: 'SSD' and 'XFS' stood 4 px short
        of their row)."""
        hint, metrics = super().sizeHint(), self.fontMetrics()
        flags = Qt.TextFlag.TextShowMnemonic  # as QToolButton measures its text
        lower = metrics.size(flags, CJK_SAMPLE).height() - metrics.size(flags, self.text() or "…").height()
        return QSize(hint.width() - metrics.horizontalAdvance(self.text()) + metrics.horizontalAdvance(self._full),
                     hint.height() + max(0, lower))

    def minimumSizeHint(self) -> QSize:
        """Room for the word's first character and '…'."""
        hint, metrics = self.sizeHint(), self.fontMetrics()
        least = metrics.horizontalAdvance(self._full[:1] + "…") - metrics.horizontalAdvance(self._full)
        return QSize(hint.width() + min(0, least), hint.height())

    def _elide(self) -> None:
        metrics = self.fontMetrics()
        room = self.width() - (super().sizeHint().width() - metrics.horizontalAdvance(self.text()))
        whole = self.width() >= self.sizeHint().width()
        shown = self._full if whole else metrics.elidedText(self._full, Qt.TextElideMode.ElideRight, max(0, room))
        shown = shown or "…"  # never empty: an empty button's hint is its icon's, the word's width read from it
        if shown != self.text():
            self.setText(shown)
