"""One keyword's row in the keyword panel: its colour, the word, its hit count (greyed when not found) and a remove
button."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget

from reader.ui.elided_label import ElidedLabel


class _Swatch(QWidget):
    """A small filled circle in a keyword's colour."""

    def __init__(self, colour: QColor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._colour = colour
        self.setFixedSize(12, 12)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(self._colour.darker(130))
        painter.setBrush(self._colour)
        painter.drawEllipse(1, 1, 10, 10)
        painter.end()


class KeywordRow(QFrame):
    """One keyword: colour, word, hit count and a remove button."""

    remove_clicked = Signal(str)

    def __init__(self, word: str, colour: QColor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keywordRow")
        self.setProperty("word", word)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 1, 0, 1)
        layout.setSpacing(6)
        layout.addWidget(_Swatch(colour, self))
        label = ElidedLabel(word, self)  # a long keyword in a narrow panel ends in '…', not cut through a character
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(label, 1)
        self._count_label = QLabel("", self)
        self._count_label.setObjectName("keywordCount")
        self._count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self._count_label)
        self._word = word
        self._count: int | None = None
        self._remove = QToolButton(self)
        self._remove.setObjectName("removeKeyword")
        self._remove.setText("×")
        self._remove.setAutoRaise(True)
        self._remove.clicked.connect(lambda: self.remove_clicked.emit(word))
        layout.addWidget(self._remove)
        self._retranslate()

    @property
    def remove_button(self) -> QToolButton:
        return self._remove

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        remove = self.tr("Remove “%1”").replace("%1", self._word)
        self._remove.setToolTip(remove)
        self._remove.setAccessibleName(remove)
        self.set_count(self._count)

    def set_count(self, count: int | None) -> None:
        """Show the hit count; a missing keyword is greyed so the reader sees it was not found."""
        self._count = count
        if count is None:
            self._count_label.setText("")
            self._count_label.setToolTip("")
            self._count_label.setEnabled(True)
            return
        self._count_label.setText(str(count))
        self._count_label.setEnabled(count > 0)
        self._count_label.setToolTip(
            self.tr("Not found in this document")
            if count == 0
            else self.tr("Occurrences in this document: %1").replace("%1", str(count))
        )
