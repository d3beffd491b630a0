"""Titles that come back under each of several sections ('实现方式' under every algorithm, '岗位职责' under every post):
the sections they come back under are a level above them, in an outline that has no other levels."""

from __future__ import annotations

from collections import defaultdict

from reader.text.model import Paragraph

_RECURS = 2  # a sub-title shown under two sections at least


def _name(text: str) -> str:
    return "".join(text.split()).rstrip("：:")


def nest_recurring_titles(candidates: list, paragraphs: list[Paragraph]) -> None:
    """A title that recurs, each time right under a different title, is a sub-title of the one above it; titles
    recurring right after it ('编辑子选项' after '添加子选项') are its siblings, and the first title that does not
    recur closes the group. Only a flat outline of unnumbered titles is read so: numbers and nesting found otherwise
    say more than repeated words."""
    chosen = [n for n, c in enumerate(candidates) if c.accepted]
    if len(chosen) < 3 or any(candidates[n].key not in ("container", "named") or candidates[n].parent >= 0
                              for n in chosen):
        return
    names = [_name(paragraphs[candidates[n].index].text) for n in chosen]
    before: dict[str, list[str]] = defaultdict(list)
    for k in range(1, len(chosen)):
        before[names[k]].append(names[k - 1])
    recurring = {t for t, heads in before.items() if len(heads) >= _RECURS and t != names[0]}  # the first: under none
    leads = {t for t in recurring if not recurring & set(before[t])}  # each time under a title of its own
    if not leads:
        return
    group = set(leads) | {t for t in recurring if set(before[t]) <= recurring}
    head = -1
    for k in range(1, len(chosen)):
        c = candidates[chosen[k]]
        if names[k] in leads and (head < 0 or names[k - 1] not in group):
            head = chosen[k - 1]
        elif names[k] not in group:
            head = -1
        if head >= 0 and c.key != "named":
            c.parent = head
