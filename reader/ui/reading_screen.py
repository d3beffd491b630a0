"""What the reading view has on screen, read from the blocks already laid out (never forcing the whole layout)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QFontMetricsF

from reader.ui.body_positions import TITLE_BASE, BodyPositions, DisplayOffset, SourceOffset
from reader.ui.reading_motion import Navigator
from reader.ui.tuning import SWITCH_VISIBLE_MARGIN

if TYPE_CHECKING:
    from reader.ui.reading_pane import ReadingView


class Screen:
    """Reads the view's screen as paragraphs and displayed offsets: a script change converts those first, the
    hits and the outline follow them."""

    def __init__(self, view: "ReadingView", nav: Navigator, positions: BodyPositions) -> None:
        self._view = view
        self._nav = nav
        self._positions = positions

    def top_offset(self, read: bool = False) -> SourceOffset:
        """Cleaned-text offset of the first character at the top of the view (`read`: of the first line at least half
        on screen, a sliver cut by the edge is not read; -1 while that line is the header's: the reader is at the title,
        above the first section); while no layout shows the place asked for (the view hidden, its document being
        built), that place."""
        view = self._view
        if not view.has_document:
            return 0
        if (held := view.held_place()) is not None:
            return held
        pos = self._nav.position_at_y(int(QFontMetricsF(view.typography.font).height() / 2) if read else 0)
        if pos < self._positions.origin:
            return -1 if read else 0
        return view.display.to_source(view.from_qt(pos))

    def top_paragraph(self) -> int:
        """Index of the paragraph at the top of the view."""
        block = self._view.document().findBlock(self._nav.position_at_y(0))
        return self._positions.paragraph_of_block(block.blockNumber())

    def visible_paragraphs(self) -> tuple[int, int]:
        """First and past-the-last paragraph on screen (an upper bound from the viewport and line height)."""
        view = self._view
        line = QFontMetricsF(view.typography.font).lineSpacing() or 16
        first = self.top_paragraph()
        count = len(view.display.source)
        return first, min(count, first + int(view.viewport().height() / line) + 1 + SWITCH_VISIBLE_MARGIN)

    def visible_display_range(self) -> tuple[DisplayOffset, DisplayOffset]:
        """Displayed-text range on screen, from blocks already laid out (never forces the whole layout); it starts at
        TITLE_BASE while the title is on screen, so the hits in it count as shown."""
        view = self._view
        top = self._nav.position_at_y(0)
        bottom = self._nav.end_of_line_at_y(view.viewport().height())
        first = TITLE_BASE if top < self._positions.origin else view.from_qt(top)
        return first, view.from_qt(bottom) + 1

    def header_on_screen(self) -> bool:
        """Whether the title or metadata line is in view: an edit to them off screen made Qt walk every laid-out
        block below it (a script change far down 1 M characters held the window 60-150 ms for a line not shown)."""
        view = self._view
        blocks = self._positions.header_blocks
        if not view.has_document or not blocks:
            return False
        qdoc = view.document()
        last = qdoc.findBlockByNumber(blocks - 1)
        return qdoc.documentLayout().blockBoundingRect(last).bottom() > view.verticalScrollBar().value()
