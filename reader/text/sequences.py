"""Where a numbered family goes on: a title between 第1周 and 第2周 lies inside the first, not above both."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from typing import Any

from reader.text.markers import HeadingMatch


class Successors:
    """Each family of parts' lines and numbers in order (第X周, 第X讲: never a list's), so where the family goes on
    after any point is one search."""

    def __init__(self, matches: Sequence[HeadingMatch | None]) -> None:
        self._lines: dict[str, list[int]] = {}
        self._numbers: dict[str, list[int]] = {}
        for i, m in enumerate(matches):
            if m is not None and m.family.startswith("di-"):
                self._lines.setdefault(m.family, []).append(i)
                self._numbers.setdefault(m.family, []).append(m.number)

    def inside(self, stack: Sequence[int], candidates: Sequence[Any], index: int) -> bool:
        """An open part numbers on after line `index`: a title there lies inside it. Lists' numbers (1. 一、) are
        left out: an item may yet be dropped, and what it holds with it."""
        return any(c.match is not None and c.strong and self._goes_on(c.match, index)
                   for c in (candidates[s] for s in stack))

    def _goes_on(self, m: HeadingMatch, index: int) -> bool:
        """The family's next line after line `index` numbers on from m (no restart, no stray)."""
        lines = self._lines.get(m.family, [])
        at = bisect_right(lines, index)
        return at < len(lines) and self._numbers[m.family][at] in (m.number + 1, m.number + 2)
