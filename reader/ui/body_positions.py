"""Where the displayed text sits in the reading pane's QTextDocument: Python indices to Qt positions and back.

Each paragraph is one block after the header blocks, or several for a very long one (display_cuts: each cut is a
block separator the displayed text does not have), so a position is found within its paragraph's piece; an astral
character such as 𠮷 is one Python character and two Qt positions, which each paragraph's own map accounts for.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QTextDocument

from reader.text.display import DisplayText
from reader.ui.display_cuts import BlockCuts
from reader.ui.utf16 import Utf16Map, from_utf16

# Offsets of the title shown above the text, far below the body's: a keyword's hits there sort before the first of
# the text, so they are counted and F3 reaches them, and no offset near 0 (a step's 'top - 1') is taken for one.
TITLE_BASE = -(1 << 40)
TITLE_END = TITLE_BASE + (1 << 30)
META_BASE = TITLE_BASE + (1 << 31)  # the metadata line under it ('Source: 北京日报'): after the title's, before the text's
META_END = META_BASE + (1 << 30)

DisplayOffset = int  # an index into the displayed text (DisplayText.text)
SourceOffset = int  # an index into the cleaned text (Document.text)


class BodyPositions:
    """Maps for one displayed text in one document; told when paragraphs or the document change."""

    def __init__(self, document: Callable[[], QTextDocument]) -> None:
        self._document = document
        self.display = DisplayText([])
        self.origin = 0  # Qt position where the body starts (after the header)
        self.header_blocks = 0
        self._maps: dict[int, Utf16Map] = {}
        self.cuts = BlockCuts()

    def reset(self, display: DisplayText) -> None:
        self.display = display
        self._maps = {}

    def placed(self, origin: int, header_blocks: int, cuts: BlockCuts | None = None) -> None:
        """A new document holds the text: its body starts here (and its long paragraphs are cut there)."""
        self.origin, self.header_blocks = origin, header_blocks
        if cuts is not None:
            self.cuts = cuts

    def paragraph_of_block(self, number: int) -> int:
        """The paragraph a Qt block number shows (a header block: the first)."""
        return max(0, self.cuts.locate(number - self.header_blocks)[0])

    def plain(self, start: int, end: int, header_text) -> str:
        """The text between two Qt positions as the reader sees it: the header's from Qt, the body's from the
        displayed text (a cut between pieces adds no newline)."""
        head = header_text(start, min(end, self.origin)) if start < self.origin else ""
        if end <= self.origin or not self.display.shown:
            return head
        return head + self.display.text[self.from_qt(max(start, self.origin)):self.from_qt(end)]

    def changed(self, paragraph: int | None = None) -> None:
        """A paragraph's displayed text changed (None: all of them)."""
        if paragraph is None:
            self._maps = {}
        else:
            self._maps.pop(paragraph, None)

    def to_qt(self, index: DisplayOffset) -> int:
        if index < TITLE_END:  # a hit in the title above the text (block 0, at Qt position 0)
            title = self._document().firstBlock().text()
            return len(title[:index - TITLE_BASE].encode("utf-16-le")) // 2
        if index < META_END:  # in the metadata line: the last header block
            block = self._document().findBlockByNumber(self.header_blocks - 1)
            return block.position() + len(block.text()[:index - META_BASE].encode("utf-16-le")) // 2
        display = self.display
        if not display.shown:
            return self.origin
        i = display.paragraph_of(max(0, index))
        inner = max(0, min(index - display.starts[i], len(display.shown[i])))
        return self._qt(self._document(), i, inner)

    def _qt(self, qdoc: QTextDocument, i: int, inner: int) -> int:
        """Qt position of index `inner` of paragraph i, in the block of its piece."""
        k, begin = self.cuts.piece(i, inner)
        block = qdoc.findBlockByNumber(self.header_blocks + self.cuts.first_block(i) + k)
        mapping = self._map(i)
        return block.position() + mapping.to_utf16(inner) - (mapping.to_utf16(begin) if begin else 0)

    def from_qt(self, pos: int, header: tuple[str, str] | None = None) -> DisplayOffset:
        """Displayed-text index of a Qt position (header positions map to 0, or with the `header` shown to the
        title's and metadata line's own offsets, as their hits have: F3 from a click there went on in the text)."""
        display = self.display
        if pos < self.origin and header is not None and self.header_blocks:
            return self._header_offset(pos, bool(header[0]))
        if pos < self.origin or not display.shown:
            return 0
        block = self._document().findBlock(pos)
        i, begin = self.cuts.locate(max(0, block.blockNumber() - self.header_blocks))
        if i >= len(display.shown):
            i, begin = len(display.shown) - 1, 0
        mapping = self._map(i)
        inner = mapping.from_utf16(pos - block.position() + (mapping.to_utf16(begin) if begin else 0))
        return display.starts[i] + min(inner, len(display.shown[i]))

    def _header_offset(self, pos: int, titled: bool) -> DisplayOffset:
        """The title's offset (TITLE_BASE on) of a position in its block, else the metadata line's (META_BASE on)."""
        block = self._document().findBlock(pos)
        base = TITLE_BASE if titled and block.blockNumber() == 0 else META_BASE
        return base + from_utf16(block.text(), pos - block.position())

    def source_span(self, start: int, end: int) -> tuple[SourceOffset, SourceOffset]:
        """Cleaned-text offsets of a span of Qt positions (a selection, kept across a script change)."""
        return self.display.to_source(self.from_qt(start)), self.display.to_source(self.from_qt(end))

    def qt_for_source(self, offset: SourceOffset, qdoc: QTextDocument | None = None) -> int:
        display = self.display
        if not display.source:
            return self.origin
        i = display.paragraph_of(offset, displayed=False)
        inner = display.to_display(offset) - display.starts[i]
        return self._qt(qdoc or self._document(), i, inner)

    def _map(self, i: int) -> Utf16Map:
        found = self._maps.get(i)
        if found is None:
            found = self._maps[i] = Utf16Map(self.display.shown[i])
        return found


def source_place(display: DisplayText, offset: DisplayOffset) -> int:
    """A place kept across a script change: a text offset as its cleaned-text offset, the header's as it is."""
    return offset if offset < 0 else display.to_source(offset)


def display_place(display: DisplayText, place: int) -> DisplayOffset:
    """The displayed offset of a place kept by source_place."""
    return place if place < 0 else display.to_display(place)
