"""A page's headings all set at one level ('<h1>特别提醒</h1>' … '<h1>报名方式</h1>' … '<h1>赛制</h1>'): its parts side
by side, the first of them one part and never the headline over the others."""

from __future__ import annotations

from reader.text.model import Block

_SIBLINGS_AFTER = 2  # headings of its level after it: two make a row of parts, one may be a headline's subtitle


def flat_firsts(blocks: list[Block]) -> set[int]:
    """Indices of heading blocks followed by at least two headings of their own level and by none of another level
    (one backward pass: the levels seen below each block)."""
    found: set[int] = set()
    level, count, mixed = 0, 0, False  # the one level of the headings below, how many, whether levels differ
    for k in range(len(blocks) - 1, -1, -1):
        b = blocks[k]
        if not b.heading_level or not b.text.strip() or b.role == "chrome":
            continue
        if not mixed and count >= _SIBLINGS_AFTER and level == b.heading_level:
            found.add(k)
        if count and level != b.heading_level:
            mixed = True
        level, count = b.heading_level, count + 1
    return found
