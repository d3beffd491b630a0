"""The reader's place drawn at once after a new width, while the long text under the view is laid out again to it.

Qt lays a document out from its top down, so the place half-way down a long text comes back only once everything
above it is laid out at the new width (0.5-2.5 s on 1 M characters). A line's breaks depend on its own paragraph
alone: a copy of the paragraphs on screen, laid out at the new width, is the page the view will show once the
place is back, drawn meanwhile instead of a blank page (no other place: the copy starts at the place).
"""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QPixmap, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextEdit

from reader.ui.reading_motion import TOP_BREATHING


class RewrapPreview:
    """A copy of the blocks from the place down, a screen's worth, laid out at the view's width; rebuilt per width."""

    def __init__(self, view: QTextEdit) -> None:
        self._view = view
        self._page: QPixmap | None = None
        self._key: tuple[int, int, int] | None = None  # (place, width, height) the copy was made for
        self._top = 0  # the copy's y at the top of the view

    def clear(self) -> None:
        """The place is back (or the view moved): the copy is of no use any more."""
        self._page, self._key = None, None

    def paint(self, painter: QPainter, place: int) -> None:
        """Draw the page the view will show with the line holding Qt position `place` at its top (drawn once per
        width, then copied: the view is painted again at every step of the layout)."""
        viewport = self._view.viewport()
        key = (place, viewport.width(), viewport.height())
        if key != self._key:
            self._key, self._page = key, self._drawn(self._build(place, viewport.width(), viewport.height()))
        if self._page is not None:
            painter.drawPixmap(0, 0, self._page)  # (the paint event's region clips it)

    def _drawn(self, copy: QTextDocument | None) -> QPixmap | None:
        if copy is None:
            return None
        viewport = self._view.viewport()
        ratio = viewport.devicePixelRatioF()
        page = QPixmap(viewport.size() * ratio)
        page.setDevicePixelRatio(ratio)  # sharp on a high-density screen
        page.fill(viewport.palette().base().color())
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette = QPalette(self._view.palette())  # as QTextEdit paints its text
        context.clip = QRectF(0, self._top, viewport.width(), viewport.height())
        painter = QPainter(page)
        painter.translate(0, -self._top)
        copy.documentLayout().draw(painter, context)
        painter.end()
        return page

    def _build(self, place: int, width: int, height: int) -> QTextDocument | None:
        """The blocks from the one before the place's (the space between them as the view has it) until a screen is
        filled, formats and all, and the y the view's repin puts at its top (see Navigator._scroll_to)."""
        source = self._view.document()
        block = source.findBlock(place)
        if not block.isValid():
            return None
        first = block.previous() if block.previous().isValid() else block
        copy = QTextDocument()  # (not parented: freed with the reference)
        copy.setUndoRedoEnabled(False)
        copy.setDocumentMargin(source.documentMargin())
        copy.setDefaultFont(source.defaultFont())
        copy.setDefaultTextOption(source.defaultTextOption())
        copy.setIndentWidth(source.indentWidth())
        copy.setUseDesignMetrics(source.useDesignMetrics())
        copy.setTextWidth(width)
        cursor, layout, current = QTextCursor(copy), copy.documentLayout(), first
        while current.isValid():
            if current != first:
                cursor.insertBlock(current.blockFormat(), current.charFormat())
            else:
                cursor.setBlockFormat(current.blockFormat())
                cursor.setBlockCharFormat(current.charFormat())
            it = current.begin()
            while not it.atEnd():
                fragment = it.fragment()
                cursor.insertText(fragment.text(), fragment.charFormat())
                it += 1
            if current.blockNumber() >= block.blockNumber():
                shown = layout.blockBoundingRect(cursor.block()).bottom()
                start = layout.blockBoundingRect(copy.findBlockByNumber(block.blockNumber() - first.blockNumber()))
                if shown - start.top() > height:
                    break
            current = current.next()
        placed = copy.findBlockByNumber(block.blockNumber() - first.blockNumber())
        top = layout.blockBoundingRect(placed).top()
        line = placed.layout().lineForTextPosition(place - block.position())
        if line.isValid() and line.lineNumber() > 0:
            top += line.y()
        elif block.blockNumber() > 0:
            top -= self._view.typography.em * TOP_BREATHING
        self._top = math.ceil(top)
        return copy
