"""The current hit kept as the cleaned text knows it (the display it was read from, its source offset, its word), so
that '2 of 76' stays on the same hit when the hits are matched again: another script, whose converted text moves
every display offset, or keywords added and removed. Pure arithmetic over reader.text.hits and reader.text.display.
"""

from __future__ import annotations

from reader.text.display import DisplayText
from reader.text.hits import Hits

ANCHOR_SLACK = 4  # a converted phrase around a hit ('U盘' → '隨身碟') may move its start by a few characters

Anchor = tuple[DisplayText, int, str]


def anchor_of(display: DisplayText, hits: Hits, index: int | None) -> Anchor | None:
    """The hit at `index` of hits matched in `display`, as the cleaned text knows it (None: no hit is current)."""
    if index is None:
        return None
    start = hits[index].start
    return display, (start if start < 0 else display.to_source(start)), hits[index].word  # the title's: as is


def index_at(display: DisplayText, hits: Hits, anchor: Anchor | None) -> int | None:
    """The anchored hit among new hits of the same document (another script, other keywords), if still there."""
    if anchor is None or anchor[0] is not display:
        return None  # another document: no hit is current
    source, word = anchor[1], anchor[2]
    if source < 0:  # a hit in the title: the same one in it
        i = hits.first_from(source, wrap=False)
        while i is not None and i < len(hits) and hits[i].start == source and hits[i].word != word:
            i += 1
        return i if i is not None and i < len(hits) and hits[i].start == source else None
    i = hits.first_from(display.to_display(max(0, source - ANCHOR_SLACK)), wrap=False)
    while i is not None and i < len(hits) and (at := display.to_source(hits[i].start)) <= source + ANCHOR_SLACK:
        if hits[i].word == word and abs(at - source) <= ANCHOR_SLACK:
            return i
        i += 1
    return None
