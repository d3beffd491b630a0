"""How much of the cleaned text lies at or below a line of the file: the reading left at a place in the original
view (Ctrl+U), counted on what a reader reads there, not on the file's tags and style sheet."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable

from reader.text.model import Paragraph


class TextLeft:
    """The cleaned text's paragraphs by their first line in the file, with the characters from each on; made once per
    document, asked at each scroll step in O(log n)."""

    def __init__(self, paragraphs: Iterable[Paragraph]) -> None:
        pairs = sorted((p.line, len(p.text) + 1) for p in paragraphs)  # (a moved paragraph: its own line counts)
        self._lines = [line for line, _ in pairs]
        self._after = [0] * (len(pairs) + 1)
        for i in range(len(pairs) - 1, -1, -1):
            self._after[i] = self._after[i + 1] + pairs[i][1]

    def chars_from(self, line: int) -> int:
        """Characters of the paragraphs that start at file line `line` (1-based) or below it."""
        return max(0, self._after[bisect_left(self._lines, line)] - 1)
