"""A rule ('---') the writer drew after a titled part's own text closes that part: what follows stands beside it.

'前言' over its paragraphs, then '---', then '效果展示': the writer ended 前言 with the rule, so the next title (and
all the part's titles below it, numbered or not) sits at 前言's level, not inside it. A title set straight over the
rule with no text of its own ('2024年9月20日第一次会议' / '---' / '1. 确定选题') still heads what follows. Linear time.
"""

from __future__ import annotations

from dataclasses import replace

from reader.text.model import Heading, Paragraph


def _closed_by_rule(paragraphs: list[Paragraph], top: Heading, at: int, first: Heading, first_at: int) -> bool:
    """`first`, the first title inside the unnumbered `top`, stands after a rule that follows `top`'s own text (titles
    whose level the file's format marks, '#' over '##', keep the level it gives)."""
    return (not top.marker and first.depth == top.depth + 1 and paragraphs[first_at].ruled and first_at - at > 1
            and not (paragraphs[at].heading_level or paragraphs[first_at].heading_level))


def beside_ruled_parts(headings: list[Heading], at: list[int], paragraphs: list[Paragraph]) -> list[Heading]:
    """The headings (paragraph indices `at`) with every part an unnumbered title closed by a rule lifted one level:
    its titles stand beside the title, not under it."""
    out = list(headings)
    k = 0
    while k + 1 < len(out):
        top = out[k]
        if not _closed_by_rule(paragraphs, top, at[k], out[k + 1], at[k + 1]):
            k += 1
            continue
        j = k + 1
        while j < len(out) and out[j].depth > top.depth:  # the whole part below the title
            out[j] = replace(out[j], depth=out[j].depth - 1)
            j += 1
        k += 1
    return out
