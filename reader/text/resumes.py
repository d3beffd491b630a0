"""A Chinese section count that goes on past unnumbered titles: '八、问题汇总' / 'P0 问题' / 'P2 问题' / '九、自查结论'.

An unnumbered title closes every open unit (it may head a part of its own), so the 九、 after it finds no open 一、
list and would have to start one at 一. But the sections of a report are counted on through the document: the titles
between 八、 and 九、 are sub-sections of 八、, and 九、 is 八、's sibling. Only the 一、 family is resumed so (a
report's sections); a look back of bounded length keeps the nesting pass linear.
"""

from __future__ import annotations

from typing import Any

from reader.text.candidate import ancestors

_LOOK_BACK = 200  # candidates looked over: a section's own titles and what they hold
RESUMED = ("cn",)


def resume_count(stack: list[int], candidates: list[Any], prev: Any, number: int) -> bool:
    """Re-open the section `prev` for its next number: move the unnumbered titles that closed it (a note's sub-titles
    too, and what they hold) inside it, set the stack to its ancestors; False, changing nothing, when a numbered unit
    stands beside those titles, or `prev` is too far back."""
    if prev.match is None or number != prev.match.number + 1 or not stack:
        return False
    at = next((k for k in range(len(candidates) - 1, max(len(candidates) - _LOOK_BACK, 0) - 1, -1)
               if candidates[k] is prev), -1)
    if at < 0:
        return False
    over = list(ancestors(candidates, prev.parent))  # prev's ancestors, innermost first
    outer = set(over) | {-1}
    moved = [k for k in range(at + 1, len(candidates)) if candidates[k].parent in outer]
    if not moved or any(candidates[k].match is not None and candidates[k].key != "sub" for k in moved):
        return False  # nothing closed it (another rule decides), or a numbered unit stands beside the titles
    for k in moved:
        candidates[k].parent = at
    stack[:] = over[::-1]
    return True
