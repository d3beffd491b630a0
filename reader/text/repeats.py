"""A list that gives every item the same number ('1. …' line after line): Markdown's lazy numbering, read as text."""

from __future__ import annotations

from collections.abc import Sequence

from reader.text.markers import HeadingMatch

_RUN_MIN = 3  # a translated heading stands over its original with the same number: two alike are no list yet


def one_number_lists(matches: Sequence[HeadingMatch | None]) -> dict[int, str]:
    """Three or more neighbouring lines open with the same number of one family: items of a list, never sections.

    Notes nested by indent open each level with '1.' ('1. 从意识的起源来看' / '1. 意识是…' / '1. 一切物质…') and go on
    with '2.' right below: those are levels, kept.
    """
    out: dict[int, str] = {}
    i, count = 0, len(matches)
    while i < count:
        m, j = matches[i], i + 1
        while m is not None and j < count and (n := matches[j]) is not None and n.family == m.family \
                and n.number == m.number and n.marker == m.marker:
            j += 1
        if j - i >= _RUN_MIN:  # (most lines run alone: no look at the line after)
            after = matches[j] if j < count else None
            if not (after is not None and after.family == m.family and after.number == m.number + 1):
                out.update((k, f"'{m.marker}' on {j - i} lines running: a list numbering every item alike")
                           for k in range(i, j))
        i = j
    return out
