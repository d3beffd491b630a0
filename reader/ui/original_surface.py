"""The surface the original (the file as it is, Ctrl+U) is drawn on: the cleaned view's margins and column, so that
switching views does not move where the text starts."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QPlainTextEdit, QWidget

from reader.ui.reading_surface import DOCUMENT_MARGIN, centred_side


class OriginalSurface(QPlainTextEdit):
    """Owns the column width it centres (the reading view's, given with the typography)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("originalView")
        self.setReadOnly(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAutoFillBackground(True)  # the margins beside the column painted as paper, as in the cleaned view
        self.document().setDocumentMargin(DOCUMENT_MARGIN)
        self._column = 0  # pixels (0: no column yet, the whole width)
        self._resizing = 0  # resize events under way (new margins resize the viewport within one)

    def set_column(self, column: int) -> None:
        """The width of the column to centre, the document margins included."""
        self._column = column
        self._centre()  # (its viewport's resize comes back through resizeEvent, which keeps the top line)

    def resizeEvent(self, event) -> None:
        """A new width keeps the file line at the top. Qt keeps the scroll bar's value, a count of wrapped lines in
        which a rewrap counts every line not yet drawn as one: kept, it showed a line 8 further on (a restart with
        the original on, its column centred once the scroll bar showed)."""
        top = self.firstVisibleBlock().blockNumber()
        self._resizing += 1
        try:
            super().resizeEvent(event)
            self._centre()  # (a nested resize of the viewport, at once)
        finally:
            self._resizing -= 1
        if not self._resizing and self.firstVisibleBlock().blockNumber() != top:
            self.verticalScrollBar().setValue(self.document().findBlockByNumber(top).firstLineNumber())

    def showEvent(self, event) -> None:
        """Margins moved while hidden (the column set with the theme) resize the viewport without telling Qt's
        layout: shown first in the light theme, the text ran on under the right margin with a horizontal scroll bar."""
        super().showEvent(event)
        self._centre()
        if self.document().documentLayout().documentSize().width() > self.viewport().width():
            top = self.firstVisibleBlock().blockNumber()
            self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)  # laid out again at the viewport's width
            self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
            self.verticalScrollBar().setValue(self.document().findBlockByNumber(top).firstLineNumber())

    def _centre(self) -> None:
        side = centred_side(self, self._column) if self._column else 0
        if self.viewportMargins().left() != side:
            self.setViewportMargins(side, 0, side, 0)
