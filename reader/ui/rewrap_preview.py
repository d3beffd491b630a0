"""The reader's place drawn at once after a new width, while the long text under the view is laid out again to it.

Qt lays a document out from its top down, so the place half-way down a long text comes back only once everything
above it is laid out at the new width (0.5-2.5 s on 1 M characters). A line's breaks depend on its own paragraph
alone: a copy of the paragraphs on screen, laid out at the new width, is the page the view will show once the
place is back, drawn meanwhile instead of a blank page (no other place: the copy starts at the place). A view at
the end (Ctrl+End) is given AT_END: the copy is of the last paragraphs, a screen's worth, set at the bottom of the view
as the end will be.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QPixmap, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextEdit

from reader.ui.reading_motion import TOP_BREATHING

AT_END = -1  # the place of a view at the end: its last page is drawn, the text's bottom at the view's


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
        """Draw the page the view will show with the line holding Qt position `place` at its top, or its last page
        (AT_END) (drawn once per width, then copied: the view is painted again at every step of the layout)."""
        viewport = self._view.viewport()
        key = (place, viewport.width(), viewport.height())
        if key != self._key:
            build = self._build_end if place == AT_END else lambda w, h: self._build(place, w, h)
            self._key, self._page = key, self._drawn(build(viewport.width(), viewport.height()))
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

        def filled(copy: QTextDocument, current) -> bool:
            if current.blockNumber() < block.blockNumber():
                return False
            layout = copy.documentLayout()
            shown = layout.blockBoundingRect(copy.lastBlock()).bottom()
            start = layout.blockBoundingRect(copy.findBlockByNumber(block.blockNumber() - first.blockNumber()))
            return shown - start.top() > height

        copy = self._copy(first, width, filled)
        layout = copy.documentLayout()
        placed = copy.findBlockByNumber(block.blockNumber() - first.blockNumber())
        top = layout.blockBoundingRect(placed).top()
        line = placed.layout().lineForTextPosition(place - block.position())
        if line.isValid() and line.lineNumber() > 0:
            top += line.y()
        elif block.blockNumber() > 0:
            top -= self._view.typography.em * TOP_BREATHING
        self._top = math.ceil(top)
        return copy

    def _build_end(self, width: int, height: int) -> QTextDocument | None:
        """The last blocks, from one whose successors fill a screen at the new width (a block above them gives the
        spacing the view has), and the y that puts the copy's bottom at the view's: the end's page."""
        source = self._view.document()
        count = 8
        while True:
            first = source.lastBlock()
            for _ in range(count - 1):
                if not first.previous().isValid():
                    break
                first = first.previous()
            copy = self._copy(first, width, None)
            layout = copy.documentLayout()
            bottom = layout.documentSize().height()
            second = copy.firstBlock().next()
            if not first.previous().isValid() or (
                    second.isValid() and bottom - layout.blockBoundingRect(second).top() >= height):
                break
            count *= 2  # a screen of short lines (a law's articles) takes more blocks: a few copies at most
        self._top = max(0, math.ceil(bottom - height))
        return copy

    def _copy(self, first, width: int, filled) -> QTextDocument:
        """The source's blocks from `first`, formats and all, laid out at `width`, until `filled(copy, block)` says
        a screen is (None: to the text's end)."""
        source = self._view.document()
        copy = QTextDocument()  # (not parented: freed with the reference)
        copy.setUndoRedoEnabled(False)
        copy.setDocumentMargin(source.documentMargin())
        copy.setDefaultFont(source.defaultFont())
        copy.setDefaultTextOption(source.defaultTextOption())
        copy.setIndentWidth(source.indentWidth())
        copy.setUseDesignMetrics(source.useDesignMetrics())
        copy.setTextWidth(width)
        cursor, current = QTextCursor(copy), first
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
            if filled is not None and filled(copy, current):
                break
            current = current.next()
        return copy
