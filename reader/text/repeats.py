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
    count = len(matches)
    alike = [k for k, (m, n) in enumerate(zip(matches, matches[1:]))  # each line numbered as the one after it, found
             if m is not None and n is not None and n.number == m.number and n.family == m.family  # in one
             and n.marker == m.marker]  # comprehension: a run is a chain of these, most lines are in none
    chains: list[list[int]] = []  # [first, last] of each chain of consecutive k: lines first … last + 1 alike
    for k in alike:
        if chains and chains[-1][1] == k - 1:
            chains[-1][1] = k
        else:
            chains.append([k, k])
    for i, last in chains:
        j, m = last + 2, matches[i]
        after = matches[j] if j < count else None
        if j - i >= _RUN_MIN and not (after is not None and after.family == m.family and after.number == m.number + 1):
            out.update((k, f"'{m.marker}' on {j - i} lines running: a list numbering every item alike")
                       for k in range(i, j))
    return out
