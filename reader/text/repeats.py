"""Markdown's lists read as text: a list that gives every item the same number ('1. …' line after line), its lazy
numbering; and a list whose items carry their content set in under them ('1. Hook 验证' over '   user-prompt-submit
hook 检查权限', in to the column its words start at), as a Markdown viewer nests it, where a section's body starts
flush."""

from __future__ import annotations

from collections.abc import Sequence

from reader.text.lazyre import lazy
from reader.text.markers import HeadingMatch
from reader.text.model import Paragraph, line_gap

_RUN_MIN = 3  # a translated heading stands over its original with the same number: two alike are no list yet
_ITEM = lazy(r"\d{1,3}[.)][ ]+(?=\S)")  # Markdown's ordered item: '1. ' or '1) ', its words after the spaces
_NESTED_MIN = 2  # one item alone says nothing of a run
NESTED_ITEM = "a Markdown list's item: its content sits right under it, set in to its words' column"


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


def _carries(paragraphs: Sequence[Paragraph], i: int) -> bool:
    """Paragraph `i` ('1. 标题') has its next line right under it, set in to where its words start."""
    if i + 1 >= len(paragraphs):
        return False
    item, below = paragraphs[i], paragraphs[i + 1]
    head = _ITEM.match(item.text)
    return (head is not None and line_gap(item, below) == 1 and not below.heading_level
            and below.indent == item.indent + head.end())


def nested_items(paragraphs: Sequence[Paragraph], matches: Sequence[HeadingMatch | None]) -> dict[int, str]:
    """The lines of each run '1.', '2.', … (at one indent, each number one more than the last) whose every item
    carries its content set in under it, with the reason; a run with one item written flush is left to the rules.
    Each item looks once at the line under it: linear time."""
    out: dict[int, str] = {}
    carried: set[int] = set()
    runs: dict[int, list[int]] = {}  # indent -> the run open there (paragraph indices)

    def settle(run: list[int]) -> None:
        if len(run) >= _NESTED_MIN and carried.issuperset(run):
            out.update(dict.fromkeys(run, NESTED_ITEM))

    for i, m in enumerate(matches):
        if m is None or m.family != "arabic" or not m.marker.endswith((".", ")")):
            continue
        if _carries(paragraphs, i):
            carried.add(i)
        run = runs.get(paragraphs[i].indent)
        if run and matches[run[-1]].number + 1 == m.number:
            run.append(i)
            continue
        if run:
            settle(run)
        runs[paragraphs[i].indent] = [i]
    for run in runs.values():
        settle(run)
    return out
