"""A rule ('---') the writer drew after a titled part's own text closes that part: what follows stands beside it.

'前言' over its paragraphs, then '---', then '效果展示': the writer ended 前言 with the rule, so the next title (and
all the part's titles below it, numbered or not) sits at 前言's level, not inside it. A title set straight over the
rule with no text of its own ('2024年9月20日第一次会议' / '---' / '1. 确定选题') still heads what follows. Linear time.

In a text cut into parts by such rules, the unnumbered titles that open the parts stand beside one another, as
the rules draw them; one nested inside the part before (under its last step, its last sub-title) goes back to the
level of the ruled title before it, with what its part holds. A numbered run whose every item opens a ruled part
stands beside the ruled title over its first item, where that title has text of its own; a number otherwise says its
own level.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from reader.text.candidate import Candidate, depth_of
from reader.text.model import Heading, Paragraph
from reader.text.writermarks import writer_marked

_RULED_PARTS = 3  # titles under a rule this many times: the rules divide the text's parts, no stray break


def lift_ruled_titles(candidates: list[Candidate], paragraphs: Sequence[Paragraph]) -> None:
    """'进阶玩法' after '---' under '第五步' of '手把手教程' (itself after a '---'): an unnumbered title opening a ruled
    part sits no deeper than the unnumbered title that opened the ruled part before; a number says its own level."""
    ruled = [n for n, c in enumerate(candidates) if c.accepted and paragraphs[c.index].ruled]
    if len(ruled) < _RULED_PARTS:
        return
    before = -1
    on_rules = set(ruled)
    runs: dict[int, list[int]] = {}
    for n, c in enumerate(candidates):
        if c.accepted and c.numbered():
            runs.setdefault(c.run, []).append(n)
    ends = dict(zip(ruled, ruled[1:] + [len(candidates)]))
    for n in ruled:
        c = candidates[n]
        if c.numbered():
            if before >= 0 and c.run == n and c.parent == before and _all_ruled(runs.get(n, []), on_rules) \
                    and _own_body(paragraphs, candidates[before].index, c.index):
                _lift_run(candidates, runs[n], candidates[before].parent)
            continue
        if before >= 0 and depth_of(c, candidates) > depth_of(candidates[before], candidates) \
                and not paragraphs[c.index].heading_level > paragraphs[candidates[before].index].heading_level > 0:
            # ('### Last stage's action points' after '---' under '## Minute': the marks say it is deeper)
            _take_part(candidates, n, ends[n])
            c.parent = candidates[before].parent
        before = n


def _take_part(candidates: list[Candidate], title: int, end: int) -> None:
    """What stood beside the title in the part it was put in, up to the next rule, is its part's: under it."""
    for c in candidates[title + 1:end]:
        if c.parent == candidates[title].parent:
            c.parent = title


def _all_ruled(members: list[int], on_rules: set[int]) -> bool:
    """Every item of the numbered run opens a ruled part: the rules, not the title over the first, divide them."""
    return len(members) >= 2 and all(n in on_rules for n in members)


def _own_body(paragraphs: Sequence[Paragraph], title: int, first: int) -> bool:
    """The title holds text of its own before the rule over the run's first item, and no lead-in ('分四步：') to it."""
    return first - title > 1 and paragraphs[first - 1].text.rstrip()[-1:] not in "：:"


def _lift_run(candidates: list[Candidate], members: list[int], parent: int) -> None:
    """The run's items out of the title they were put under, beside it."""
    old = candidates[members[0]].parent
    for n in members:
        if candidates[n].parent == old:
            candidates[n].parent = parent


def _closed_by_rule(paragraphs: list[Paragraph], top: Heading, at: int, first: Heading, first_at: int) -> bool:
    """`first`, the first title inside the unnumbered `top`, stands after a rule that follows `top`'s own text (titles
    whose level the file's format marks, '#' over '##', keep the level it gives)."""
    return (not top.marker and first.depth == top.depth + 1 and paragraphs[first_at].ruled and first_at - at > 1
            and not (writer_marked(paragraphs[at]) or writer_marked(paragraphs[first_at])))


def beside_ruled_parts(headings: list[Heading], at: list[int], paragraphs: list[Paragraph]) -> list[Heading]:
    """The headings (paragraph indices `at`) with every part an unnumbered title closed by a rule lifted one level:
    its titles stand beside the title, not under it."""
    out = list(headings)
    for k in range(len(out) - 1):
        top = out[k]
        if not _closed_by_rule(paragraphs, top, at[k], out[k + 1], at[k + 1]):
            continue
        j = k + 1
        while j < len(out) and out[j].depth > top.depth:  # the whole part below the title
            out[j] = replace(out[j], depth=out[j].depth - 1)
            j += 1
    return out
