"""Where a numbered family goes on: a title between 第1周 and 第2周 lies inside the first, not above both; '3.5'
goes on from the '3.4' above it; where a new level may start."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from typing import Any

from reader.text.decimals import decimal_parts, names_section
from reader.text.markers import HeadingMatch

CHAPTER_FAMILIES = ("capital", "cn", "roman")  # the top levels of a report, which an excerpt may open with


class Successors:
    """Each family of parts' lines and numbers in order (第X周, 第X讲, 第X章: never a list's), so where the family
    goes on after any point is one search."""

    def __init__(self, matches: Sequence[HeadingMatch | None]) -> None:
        self._lines: dict[str, list[int]] = {}
        self._numbers: dict[str, list[int]] = {}
        for i, m in enumerate(matches):  # (the first letter first: a law's thousands of items ask one test)
            if m is not None and m.family[:1] in "dz" and (m.family.startswith("di-") or m.family == "zhang"):
                self._lines.setdefault(m.family, []).append(i)
                self._numbers.setdefault(m.family, []).append(m.number)

    def inside(self, stack: Sequence[int], candidates: Sequence[Any], index: int) -> bool:
        """An open part numbers on after line `index`: a title there lies inside it. Lists' numbers (1. 一、) are
        left out: an item may yet be dropped, and what it holds with it."""
        return self.holder(stack, candidates, index) >= 0

    def holder(self, stack: Sequence[int], candidates: Sequence[Any], index: int) -> int:
        """The position in `stack` of the innermost open part that numbers on after line `index`, or -1: a title
        there belongs to it, below whatever it holds that is still open."""
        for at in range(len(stack) - 1, -1, -1):
            c = candidates[stack[at]]
            if c.match is not None and c.strong and self._goes_on(c.match, index):
                return at
        return -1

    def spans(self, index: int) -> bool:
        """A part opened before line `index` numbers on after it (第4周 … 第5周): what stands between is inside it."""
        for family, lines in self._lines.items():
            at = bisect_right(lines, index)
            if 0 < at < len(lines) and self._numbers[family][at] in (self._numbers[family][at - 1] + 1,
                                                                      self._numbers[family][at - 1] + 2):
                return True
        return False

    def _goes_on(self, m: HeadingMatch, index: int) -> bool:
        """The family's next line after line `index` numbers on from m (no restart, no stray)."""
        lines = self._lines.get(m.family, [])
        at = bisect_right(lines, index)
        return at < len(lines) and self._numbers[m.family][at] in (m.number + 1, m.number + 2)


_RESUME_SPAN = 40  # candidates looked back over: a section's own sub-parts and lists
_COUNTED = 3  # a count that reached its third member shows itself


def counted_on(candidates: Sequence[Any], c: Any) -> bool:
    """'11. 创业项目保护' in a count run from 1: past its third member, its next number resumes it whatever the titles."""
    first = candidates[c.run]
    return c.match.number >= _COUNTED and first.match is not None and first.match.number == 1


def resumed_run(candidates: Sequence[Any], previous: Any, number: int) -> Any | None:
    """'2. 我们的目标市场' after section 1's own list '1.' to '3.': the list ran from 1 right after a member of an
    earlier run of its family, whose count the number goes on with; that member, or None. A bounded look back
    from the list's first item: a constant number of steps per call."""
    first = candidates[previous.run]
    if first.match is None or first.match.number != 1 or number < 2:
        return None
    for k in range(previous.run - 1, max(previous.run - _RESUME_SPAN, 0) - 1, -1):
        c = candidates[k]
        if c.key == first.key:
            ok = c.match is not None and c.match.number == number - 1 and c.parent == first.parent and (
                c.strong or counted_on(candidates, c))  # '11. 创业项目保护' over its own '1.'–'2.', then '12.'
            return c if ok else None
    return None


_LOST_MAX = 3  # a count whose first one or two members the extract lost still shows itself from its next


def decimal_successors(matches: Sequence[HeadingMatch | None]) -> set[int]:
    """'3.5 技术影响力建设' where '3.4' stands above it: a decimal number says which one it follows, so it goes on
    from its predecessor's line even where a list in between closed the section they share; and '5.2.2' with '5.2.3'
    below it opens its count where the extract lost 5.2.1 (one pass, and a look-up per line)."""
    seen: set[tuple[int, ...]] = set()
    found = set()
    parted = [(i, decimal_parts(m.marker)) for i, m in enumerate(matches)
              if m is not None and m.family == "decimal" and m.level >= 2]
    last = {parts: i for i, parts in parted}
    for i, parts in parted:
        if len(parts) >= 2 and parts[-1] >= 2:
            before, after = parts[:-1] + (parts[-1] - 1,), parts[:-1] + (parts[-1] + 1,)
            if before in seen or parts[-1] <= _LOST_MAX and last.get(after, -1) > i:
                found.add(i)
        seen.add(parts)
    return found



def opens_level(m: HeadingMatch, c: Any, i: int, stack: list[int], candidates: Sequence[Any],
                 chapters: set[int], late: set[int]) -> bool:
    """A new level starts at 1; an excerpt's top level may start a little later ('3.'), at a chapter its sections
    number ('4.' over 4.1), as the document's first unit at a report's chapter ('肆、文化'), or where the numbering
    around it shows it goes on (`late`: '二.' with no 一., '3.5' under '3.4')."""
    if m.number <= 1 or names_section(m, candidates[stack[-1]].match if stack else None):
        return True
    if i in late:
        return c.strong  # '二.经典功利主义' under the notes' own '第四章-后果主义': its first part had no title
    return not stack and c.strong and (m.number <= 3 or i in chapters
                                       or (not candidates and m.family in CHAPTER_FAMILIES))


def to_decimal_parent(m: HeadingMatch, stack: list[int], candidates: Sequence[Any], before: Any = None) -> None:
    """A decimal number names its section: close what is open below the open section it belongs to. With `before`,
    the last number of its level: '3.2' after '3.1' that stood under no '3.' closes a list's '3.' between them."""
    if m.family != "decimal" or m.level < 2:
        return
    for j in range(len(stack) - 1, -1, -1):
        parent = candidates[stack[j]].match
        if parent is not None and parent.family == "decimal" and parent.level == m.level - 1 \
                and decimal_parts(m.marker)[:-1] == decimal_parts(parent.marker):
            del stack[j + 1:]
            return
    if before is not None and before.match is not None \
            and decimal_parts(before.match.marker)[:-1] == decimal_parts(m.marker)[:-1] \
            and (before.parent < 0 or candidates[before.parent].key != "arabic"):
        while stack and candidates[stack[-1]].key == "arabic" and candidates[stack[-1]].index > before.index:
            stack.pop()
