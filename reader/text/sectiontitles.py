"""Plain titles that are the numbered sections' own sub-titles: '一、项目概述' then '项目目标' over its paragraph, '二、技术
架构' then '后端技术栈', '接口设计' — a writer who numbered only the top level and titled the parts inside by hand.

A reader takes such lines for sub-titles when the whole document reads so: each sits inside a numbered section that
has no numbered sections of its own (the plain titles stand where the next level would), at most one level down
(a document numbered deeper writes its sub-parts with numbers too), three or more in two sections or more, one for every
four numbered headings or more (a handful of lines in a long report are stray lines, no level), and each is
title-shaped: short, with no colon (a label, a glossary entry), no clause or stop (a sentence), not a work's name
alone ('《巴比伦》' is the film spoken of), mostly each said once (labels come back), over words, not over code
('X86架构' over '$ uname -a' labels an example). A line before the first numbered section and a few odd lines (a
question, a chart's 'A --> B') are left as they were rather than spoiling the reading of the rest."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

from reader.text.lazyre import lazy
from reader.text.markers import HeadingMatch
from reader.text.model import Paragraph
from reader.text.notes import sub_heading

_MAX_DEPTH = 2  # the sections holding the titles sit at most this deep ('第一部分' > '1.')
_PER_NUMBERED = 4  # one plain title for every this many numbered headings at least
_SEVERAL = 3  # plain titles at least: a notice's two lines under its 一、 and 二、 may be its own text
_SHAPED = 4  # of the lines inside the sections, all but one in this many title-shaped at least
_MAX_LEN = 30  # a sub-title's length at most
_NOT_TITLE = lazy(r"[：:，,。；;、？?！!|<>=]")  # a label's colon, a sentence's clause or stop, a chart's code
_HAN = lazy(r"[\u4e00-\u9fff]")
_UNNUMBERED = ("sub", "named", "container")  # accepted candidates with no number of their own


def _title_shaped(text: str) -> bool:
    """'后端技术栈', '年轻代-复制算法': short, no colon, no clause, at least two characters of words."""
    text = text.strip()
    return (len(text) <= _MAX_LEN and not _NOT_TITLE.search(text) and len(_HAN.findall(text[:_MAX_LEN])) >= 2
            and not (text.startswith("《") and text.endswith("》")))


def _depth(c: Any, candidates: Sequence[Any]) -> int:
    """How deep a candidate sits (its parent chain, bounded)."""
    depth = 1
    while c.parent >= 0 and depth <= _MAX_DEPTH:
        c, depth = candidates[c.parent], depth + 1
    return depth


def section_subtitles(found: list[int], numbered: Sequence[Any], candidates: Sequence[Any],
                      paragraphs: Sequence[Paragraph], listed: frozenset[int] | set[int] = frozenset()) -> list[int]:
    """Those of the plain titles `found` (sorted line indexes) that read as sub-titles of the numbered sections they
    sit in, or none; the numbered lines `listed` (a note's glossed items set line under line,
    tightitems.tight_items) are a list's items inside a section, neither sections nor holders. A line before the
    first section ('目录', a summary's points) is no section's and is left as it was; so is a line not title-shaped
    among three or more times as many that are (a caption's 'Fig 2：…' among the sub-titles)."""
    numbered = [c for c in numbered if c.index not in listed]
    shown = [c for c in candidates if c.accepted and c.key != "sub" and c.index not in listed]  # in line order
    inside = [i for i in found if shown and shown[0].index < i]
    if len(inside) < _SEVERAL or not numbered or _PER_NUMBERED * len(inside) < len(numbered):
        return []
    shaped = [i for i in inside if _title_shaped(paragraphs[i].text) and i + 1 < len(paragraphs)
              and _HAN.search(paragraphs[i + 1].text)]  # over '$ uname -a' a line names the code below it
    if _SHAPED * len(shaped) < (_SHAPED - 1) * len(inside) or len(shaped) < _SEVERAL:
        return []
    said = Counter(paragraphs[i].text.strip() for i in shaped)
    if 2 * sum(n for n in said.values() if n > 1) >= len(shaped):
        return []  # '【主要内容】' back under one section, then another: a note's labels, no sub-titles
    parents = {candidates[c.parent].index for c in numbered if c.parent >= 0}  # sections with numbered children
    holders: set[int] = set()
    k = -1
    for i in shaped:  # one walk over both, each in line order
        while k + 1 < len(shown) and shown[k + 1].index < i:
            k += 1
        holder = shown[k]
        if holder.key in _UNNUMBERED or holder.index in parents or _depth(holder, candidates) > _MAX_DEPTH:
            return []
        holders.add(holder.index)
    return shaped if len(holders) >= 2 else []


def read_as_subtitles(found: list[int], listed: set[int], candidates: Sequence[Any],
                      matches: list[HeadingMatch | None], paragraphs: Sequence[Paragraph]) -> None:
    """The plain titles become the sections' sub-titles; a list's numbered lines (`listed`, and those the first
    reading already dropped) stay text in their section, as on the usual path: no sub-title nests under an item."""
    for i in found:
        matches[i] = sub_heading(paragraphs[i].text)
    for i in listed | {c.index for c in candidates if not c.accepted and c.key != "sub"}:
        matches[i] = None  # '1. 速度快：…' / '2. 无碎片：…' line under line
