"""Where a numbered family goes on: a title between 第1周 and 第2周 lies inside the first, not above both."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence
from typing import Any

from reader.text.markers import HeadingMatch


class Successors:
    """Each family's lines and numbers in order, so the family's next line after any point is one search."""

    def __init__(self, matches: Sequence[HeadingMatch | None], key: Callable[[HeadingMatch], str]) -> None:
        self._lines: dict[str, list[int]] = {}
        self._numbers: dict[str, list[int]] = {}
        for i, m in enumerate(matches):
            if m is not None:
                self._lines.setdefault(key(m), []).append(i)
                self._numbers.setdefault(key(m), []).append(m.number)

    def follows(self, key: str, number: int, index: int) -> bool:
        """Whether the family's next line after line `index` numbers on from `number` (no restart, no stray)."""
        lines = self._lines.get(key, [])
        at = bisect_right(lines, index)
        return at < len(lines) and self._numbers[key][at] in (number + 1, number + 2)

    def inside(self, stack: Sequence[int], candidates: Sequence[Any], index: int) -> bool:
        """An open part of a numbered family of parts (第1周, 第一讲) numbers on after line `index`: a title there lies
        inside it. Lists' numbers (1. 一、) are left out: an item may yet be dropped, and what it holds with it."""
        return any(c.match is not None and c.strong and c.match.family.startswith("di-")
                   and self.follows(c.key, c.match.number, index) for c in (candidates[s] for s in stack))
