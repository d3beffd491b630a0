"""Keyword hits as one sorted list: next/previous navigation and range queries, pure arithmetic over spans.

Offsets are indices into the text the words were matched in: the reading pane matches on its displayed text,
so there they are display offsets. Navigation wraps round the ends (F3 after the last hit goes to the first).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Hit:
    """One occurrence of a keyword in the text."""

    start: int
    end: int
    word: str


@dataclass(frozen=True)
class Hits:
    """All keyword hits of a text in document order, with a start index for binary search."""

    items: tuple[Hit, ...] = ()
    words: tuple[str, ...] = ()
    starts: tuple[int, ...] = field(default=(), repr=False)
    longest: int = field(default=0, repr=False)

    @classmethod
    def from_spans(cls, spans: Mapping[str, Iterable[tuple[int, int]]]) -> "Hits":
        """Merge each word's spans into one document-ordered list (ties keep the words' order)."""
        order = {w: i for i, w in enumerate(spans)}
        items = sorted(
            (Hit(s, e, w) for w, ss in spans.items() for s, e in ss),
            key=lambda h: (h.start, h.end, order[h.word]),
        )
        longest = max((h.end - h.start for h in items), default=0)
        return cls(tuple(items), tuple(spans), tuple(h.start for h in items), longest)

    def __len__(self) -> int:
        return len(self.items)

    def __getitem__(self, index: int) -> Hit:
        return self.items[index]

    def __iter__(self):
        return iter(self.items)

    def counts(self) -> dict[str, int]:
        """Occurrences per word, for the keyword panel."""
        result = dict.fromkeys(self.words, 0)
        for h in self.items:
            result[h.word] = result.get(h.word, 0) + 1
        return result

    def next_after(self, position: int, wrap: bool = True) -> int | None:
        """Index of the first hit starting strictly after `position`."""
        if not self.items:
            return None
        i = bisect.bisect_right(self.starts, position)
        if i < len(self.items):
            return i
        return 0 if wrap else None

    def first_from(self, position: int, wrap: bool = True) -> int | None:
        """Index of the first hit starting at or after `position`."""
        return self.next_after(position - 1, wrap)

    def previous_before(self, position: int, wrap: bool = True) -> int | None:
        """Index of the last hit starting strictly before `position` (the first of equal starts)."""
        if not self.items:
            return None
        i = bisect.bisect_left(self.starts, position)
        if i > 0:
            return bisect.bisect_left(self.starts, self.starts[i - 1])
        if not wrap:
            return None
        return bisect.bisect_left(self.starts, self.starts[-1])

    def overlapping(self, start: int, end: int) -> range:
        """Indices of the hits that overlap [start, end); a few just outside may be included."""
        lo = bisect.bisect_right(self.starts, start - self.longest)
        hi = bisect.bisect_left(self.starts, end)
        return range(lo, max(lo, hi))
