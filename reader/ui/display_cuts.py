"""A very long paragraph shown as several Qt blocks, cut at sentence ends, with the maps that keep positions exact.

Qt lays a block out all at once: a paragraph of a million characters (a file with no line breaks) held the window
for seconds on open and on every rebuild. Such a paragraph is shown in pieces of at most CUT_PIECE_CHARS; each cut
is a block separator (one Qt position) that the displayed text does not have, so positions go through `BlockCuts`
and a copied selection is taken from the displayed text, never from Qt's (a cut would add a newline).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from PySide6.QtGui import QTextBlockFormat, QTextCharFormat, QTextCursor

from reader.text.pieces import sentence_cuts
from reader.ui.tuning import CUT_ABOVE_CHARS, CUT_PIECE_CHARS, CUTS_SCAN_STEP


def cuts(text: str) -> list[int]:
    """Where the pieces of a paragraph shown in several blocks begin after the first (empty: one block)."""
    return sentence_cuts(text, CUT_ABOVE_CHARS, CUT_PIECE_CHARS)


def all_cuts(texts: Sequence[str], skip: object = ()) -> dict[int, list[int]]:
    """The cuts of every paragraph that has any (paragraphs in `skip`, the headings, stay whole)."""
    return all_cuts_from(texts, skip, 0, len(texts))


def sliced_cuts(texts: Sequence[str], skip: object, found: dict[int, list[int]], step: int = CUTS_SCAN_STEP):
    """all_cuts into `found`, yielding every `step` paragraphs: a 30 MB text's 400,000 paragraphs held the window
    0.2 s looked through at once."""
    for first in range(0, len(texts), step):
        found.update(all_cuts_from(texts, skip, first, min(len(texts), first + step)))
        yield


def all_cuts_from(texts: Sequence[str], skip: object, first: int, end: int) -> dict[int, list[int]]:
    """all_cuts of paragraphs first..end-1."""
    return {i: found for i in range(first, end)
            if len(text := texts[i]) > CUT_ABOVE_CHARS and i not in skip and (found := cuts(text))}


def cut_points(texts: Sequence[str], starts: Sequence[int], found: dict[int, list[int]]) -> list[float]:
    """Where the builder opens blocks in the joined text: each cut, and (at n + 0.5) the newline n that ends a cut
    paragraph, which opens a body block again (the last piece's format would carry on otherwise)."""
    points: list[float] = []
    for i in sorted(found):
        points += [starts[i] + c for c in found[i]]
        if i + 1 < len(texts):
            points.append(starts[i] + len(texts[i]) + 0.5)
    return points


def insert_cut(cursor: QTextCursor, text: str, start: int, end: int, points: Sequence[float],
               char_fmt: QTextCharFormat, joined: QTextBlockFormat, body: QTextBlockFormat) -> None:
    """Insert text[start:end], opening a block at each point (see cut_points) in (start, end]."""
    k = bisect.bisect_right(points, start)  # a cut at the run's very start was made by the run before
    while k < len(points) and points[k] <= end:
        point = points[k]
        pos = int(point)
        if pos > start:
            cursor.insertText(text[start:pos], char_fmt)
        if point != pos:  # the newline after a cut paragraph
            cursor.insertBlock(body, cursor.blockCharFormat())
            start = pos + 1
        else:
            before = QTextBlockFormat()
            before.setBottomMargin(0)
            cursor.mergeBlockFormat(before)  # the piece runs on into the next: no paragraph spacing between them
            cursor.insertBlock(joined, cursor.blockCharFormat())
            start = pos
        k += 1
    if end > start:
        cursor.insertText(text[start:end], char_fmt)


def joined_format(body: QTextBlockFormat) -> QTextBlockFormat:
    """A piece after a cut: the body's format without the first-line indent."""
    fmt = QTextBlockFormat(body)
    fmt.setTextIndent(0)
    return fmt


class BlockCuts:
    """Which blocks each paragraph spans, given the cuts of the paragraphs that have any."""

    def __init__(self, found: dict[int, list[int]] | None = None) -> None:
        self._cuts: dict[int, list[int]] = dict(found or {})
        self._index()

    def _index(self) -> None:
        self._paras = sorted(self._cuts)
        self._before = [0]  # cuts in the cut paragraphs before the j-th one
        for p in self._paras:
            self._before.append(self._before[-1] + len(self._cuts[p]))
        self._first = [p + self._before[j] for j, p in enumerate(self._paras)]  # body block of each one's first piece

    def __bool__(self) -> bool:
        return bool(self._cuts)

    def of(self, i: int) -> list[int]:
        return self._cuts.get(i, [])

    def set(self, i: int, found: list[int]) -> None:
        """Paragraph i is now shown with these cuts (after an edit in place)."""
        if found:
            self._cuts[i] = found
        elif self._cuts.pop(i, None) is None:
            return
        self._index()

    def first_block(self, i: int) -> int:
        """Body block number of paragraph i's first piece."""
        return i + self._before[bisect.bisect_left(self._paras, i)]

    def piece(self, i: int, inner: int) -> tuple[int, int]:
        """(piece number, where that piece starts in the paragraph) of an index within paragraph i."""
        found = self._cuts.get(i)
        if not found:
            return 0, 0
        k = bisect.bisect_right(found, inner)
        return k, found[k - 1] if k else 0

    def locate(self, block: int) -> tuple[int, int]:
        """(paragraph, where the block's piece starts in it) of a body block number."""
        j = bisect.bisect_right(self._first, block) - 1
        if j >= 0:
            p = self._paras[j]
            k = block - self._first[j]
            if k <= len(self._cuts[p]):
                return p, self._cuts[p][k - 1] if k else 0
        return block - self._before[j + 1], 0
