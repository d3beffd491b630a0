"""Glossed items set one right under the other in a study note: a list's items, not its sections.

A note written in Markdown ('该算法会有以下两个问题：' / '1. 效率问题：…' / '2. 空间问题：…') sets a list line by line,
while it parts its sections with blank lines: item 1, a name and what it means, on one line and item 2 on the very
next is how a list of terms is written, never how two sections are (a section has its text under its title, not
beside it).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from reader.text.markers import HeadingMatch
from reader.text.model import Paragraph

TIGHT_PAIR = ("an item of a list of glossed terms: the next number of the same list, glossed too, stands on the very "
              "next line (a note's list)")
_ITEMS = ("arabic", "half-paren", "paren-arabic", "circled")
_SPACED_MIN = 0.3  # the share of the text's lines parted by a blank line: a text that sets nothing apart shows nothing


def _item(m: HeadingMatch | None) -> bool:
    """A numbered item's marker: '1.', '1、', '1）', '（1）', '①' ('1.' before a short title may read as a decimal '1.')."""
    return m is not None and (m.family in _ITEMS or (m.family == "decimal" and m.level == 1
                                                     and m.marker.rstrip()[-1:] in ".．、"))


def _glossed(m: HeadingMatch) -> bool:
    """'1. 效率问题：标记…的效率都不高', '1. 前期（高温），减少个体适应度差异': a name and its gloss on the item's line."""
    return bool(m.rest) or "，" in m.title or ", " in m.title


def _spaced(paragraphs: Sequence[Paragraph]) -> bool:
    """The text parts its paragraphs with blank lines (so a line set right under another is set there on purpose)."""
    gaps = sum(1 for a, b in zip(paragraphs, paragraphs[1:]) if b.line > a.line + 1)
    return len(paragraphs) > 1 and gaps >= _SPACED_MIN * (len(paragraphs) - 1)


def drop_tight_pairs(candidates: list, paragraphs: Sequence[Paragraph], note: Callable[[], bool]) -> None:
    """'1. 效率问题：…' right over '2. 空间问题：…': in a note (`note`: it shows code or Markdown, asked only once such a
    pair is found) that parts its paragraphs with blank lines, two kept numbered lines of one kind, numbers n and
    n + 1, each a name with its gloss, on lines one after the other are a list's items, not sections: not kept (one
    that holds sections under it stays). Asked after the levels are settled, so no sequence is read anew. One pass."""
    pairs = tight_items(candidates, paragraphs, note)
    if not pairs:
        return
    kept = [c for c in candidates if c.accepted]
    parents = {candidates[c.parent].index for c in kept if c.parent >= 0}
    for c in kept:
        if c.index in pairs and c.index not in parents:
            c.accepted = False
            c.reason = TIGHT_PAIR


def tight_items(candidates: list, paragraphs: Sequence[Paragraph], note: Callable[[], bool]) -> set[int]:
    """The lines of the kept glossed items set line under line in a spaced note (see drop_tight_pairs). One pass."""
    kept = [c for c in candidates if c.accepted]
    pairs: set[int] = set()
    for a, b in zip(kept, kept[1:]):
        m, n = a.match, b.match
        if b.index == a.index + 1 and _item(m) and _item(n) and m.family == n.family and n.number == m.number + 1 \
                and paragraphs[b.index].line == paragraphs[a.index].line + 1 and _glossed(m) and _glossed(n):
            pairs.update((a.index, b.index))
    if not pairs or not _spaced(paragraphs) or not note():
        return set()
    return pairs
