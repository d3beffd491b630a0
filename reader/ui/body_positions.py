"""Where the displayed text sits in the reading pane's QTextDocument: Python indices to Qt positions and back.

Each paragraph is one block after the header blocks, so a position is found within its paragraph; an astral
character such as 𠮷 is one Python character and two Qt positions, which each paragraph's own map accounts for.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QTextDocument

from reader.text.display import DisplayText
from reader.ui.utf16 import Utf16Map

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

    def reset(self, display: DisplayText) -> None:
        self.display = display
        self._maps = {}

    def placed(self, origin: int, header_blocks: int) -> None:
        """A new document holds the text: its body starts here."""
        self.origin, self.header_blocks = origin, header_blocks

    def changed(self, paragraph: int | None = None) -> None:
        """A paragraph's displayed text changed (None: all of them)."""
        if paragraph is None:
            self._maps = {}
        else:
            self._maps.pop(paragraph, None)

    def to_qt(self, index: DisplayOffset) -> int:
        display = self.display
        if not display.shown:
            return self.origin
        i = display.paragraph_of(max(0, index))
        inner = max(0, min(index - display.starts[i], len(display.shown[i])))
        block = self._document().findBlockByNumber(self.header_blocks + i)
        return block.position() + self._map(i).to_utf16(inner)

    def from_qt(self, pos: int) -> DisplayOffset:
        """Displayed-text index of a Qt position (header positions map to 0)."""
        display = self.display
        if pos < self.origin or not display.shown:
            return 0
        block = self._document().findBlock(pos)
        i = min(len(display.shown) - 1, max(0, block.blockNumber() - self.header_blocks))
        return display.starts[i] + self._map(i).from_utf16(pos - block.position())

    def qt_for_source(self, offset: SourceOffset, qdoc: QTextDocument | None = None) -> int:
        display = self.display
        if not display.source:
            return self.origin
        i = display.paragraph_of(offset, displayed=False)
        inner = display.to_display(offset) - display.starts[i]
        block = (qdoc or self._document()).findBlockByNumber(self.header_blocks + i)
        return block.position() + self._map(i).to_utf16(inner)

    def _map(self, i: int) -> Utf16Map:
        found = self._maps.get(i)
        if found is None:
            found = self._maps[i] = Utf16Map(self.display.shown[i])
        return found
