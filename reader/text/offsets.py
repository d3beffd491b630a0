"""Offset maps between a text and its conversion, so positions survive a change of script.

Most of a conversion keeps lengths; a map records only the spans whose length changed ('U盘' -> '隨身碟').
Outside them a position moves by the length difference accumulated before it; inside one it moves
proportionally (the span's start maps to the start, its end to the end), so span edges and every position
in a same-length stretch go back and forth exactly.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

Span = tuple[int, int, int, int]  # source start, source end, target start, target end


@dataclass(frozen=True)
class OffsetMap:
    """Changed spans in source order; `source_length`/`target_length` bound the mapped offsets (None: unbounded).

    `OffsetMap()` is the identity, for text shown as written.
    """

    source_starts: tuple[int, ...] = ()
    source_ends: tuple[int, ...] = ()
    target_starts: tuple[int, ...] = ()
    target_ends: tuple[int, ...] = ()
    source_length: int | None = None
    target_length: int | None = None

    @classmethod
    def from_spans(cls, spans: Iterable[Span], source_length: int, target_length: int) -> "OffsetMap":
        spans = list(spans)
        return cls(
            tuple(s[0] for s in spans),
            tuple(s[1] for s in spans),
            tuple(s[2] for s in spans),
            tuple(s[3] for s in spans),
            source_length,
            target_length,
        )

    @property
    def spans(self) -> list[Span]:
        return list(zip(self.source_starts, self.source_ends, self.target_starts, self.target_ends))

    def to_target(self, offset: int) -> int:
        """Where a source offset lies in the converted text."""
        return _map(offset, self.source_starts, self.source_ends, self.target_starts, self.target_ends,
                    self.source_length, self.target_length)

    def to_source(self, offset: int) -> int:
        """Where an offset of the converted text lies in the source."""
        return _map(offset, self.target_starts, self.target_ends, self.source_starts, self.source_ends,
                    self.target_length, self.source_length)


def _map(offset: int, starts: Sequence[int], ends: Sequence[int], to_starts: Sequence[int],
         to_ends: Sequence[int], length: int | None, to_length: int | None) -> int:
    offset = max(offset, 0) if length is None else min(max(offset, 0), length)
    i = bisect.bisect_right(starts, offset) - 1
    if i < 0:
        mapped = offset
    elif offset < ends[i]:
        span, to_span = ends[i] - starts[i], to_ends[i] - to_starts[i]
        return to_starts[i] + (offset - starts[i]) * to_span // span
    else:
        mapped = to_ends[i] + offset - ends[i]
    return mapped if to_length is None else min(mapped, to_length)


class _Through:
    """Moves positions that are not strictly inside a changed span through a list of spans."""

    def __init__(self, spans: Sequence[Span], forward: bool) -> None:
        a, b, c, d = (0, 1, 2, 3) if forward else (2, 3, 0, 1)
        self._keys = [s[a] for s in spans]
        self._ends = [s[b] for s in spans]
        self._to_starts = [s[c] for s in spans]
        self._to_ends = [s[d] for s in spans]

    def __call__(self, x: int) -> int:
        i = bisect.bisect_right(self._keys, x) - 1
        if i < 0:
            return x
        if x == self._keys[i]:
            return self._to_starts[i]
        if x < self._ends[i]:
            raise ValueError(f"position {x} is inside a changed span")
        return self._to_ends[i] + x - self._ends[i]


def compose(first: Sequence[Span], second: Sequence[Span]) -> list[Span]:
    """Changed spans of two conversions in a row, merged where they overlap in the middle text."""
    if not first:
        return list(second)
    if not second:
        return list(first)
    middle = sorted([(s[2], s[3]) for s in first] + [(s[0], s[1]) for s in second])
    merged: list[list[int]] = []
    for start, end in middle:
        if merged and start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    back, forward = _Through(first, forward=False), _Through(second, forward=True)
    out: list[Span] = []
    for start, end in merged:
        s0, s1, t0, t1 = back(start), back(end), forward(start), forward(end)
        if s1 - s0 != t1 - t0:
            out.append((s0, s1, t0, t1))
    return out
