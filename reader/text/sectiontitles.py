"""Plain titles that are the numbered sections' own sub-titles: '一、项目概述' then '项目目标' over its paragraph, '二、技术
架构' then '后端技术栈', '接口设计' — a writer who numbered only the top level and titled the parts inside by hand.

A reader takes such lines for sub-titles when the whole document reads so: each sits inside a numbered section that
has no numbered sections of its own (the plain titles stand where the next level would), at most one level down
(a document numbered deeper writes its sub-parts with numbers too), three or more in two sections or more, one for every
four numbered headings or more (a handful of lines in a long report are stray lines, no level), and each is
title-shaped: short, with no colon (a label, a glossary entry), no clause or stop (a sentence), not a work's name
alone ('《巴比伦》' is the film spoken of), mostly each said once (labels come back), over words, not over code
('X86架构' over '$ uname -a' labels an example)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from typing import Any

from reader.text.markers import HeadingMatch
from reader.text.model import Paragraph
from reader.text.notes import sub_heading

_MAX_DEPTH = 2  # the sections holding the titles sit at most this deep ('第一部分' > '1.')
_PER_NUMBERED = 4  # one plain title for every this many numbered headings at least
_SEVERAL = 3  # plain titles at least: a notice's two lines under its 一、 and 二、 may be its own text
_MAX_LEN = 30  # a sub-title's length at most
_NOT_TITLE = re.compile(r"[：:，,。；;、？?！!]")  # a label's colon, a sentence's clause or stop
_HAN = re.compile(r"[\u4e00-\u9fff]")
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
                      paragraphs: Sequence[Paragraph], listed: frozenset[int] | set[int] = frozenset()) -> bool:
    """The plain titles `found` (sorted line indexes) read as sub-titles of the numbered sections they sit in; the
    numbered lines `listed` (a note's glossed items set line under line, tightitems.tight_items) are a list's items
    inside a section, neither sections nor holders."""
    numbered = [c for c in numbered if c.index not in listed]
    if len(found) < _SEVERAL or not numbered or _PER_NUMBERED * len(found) < len(numbered):
        return False
    if not all(_title_shaped(paragraphs[i].text) and i + 1 < len(paragraphs) and _HAN.search(paragraphs[i + 1].text)
               for i in found):  # over '$ uname -a' a line names the code below it: an example's label
        return False
    said = Counter(paragraphs[i].text.strip() for i in found)
    if 2 * sum(n for n in said.values() if n > 1) >= len(found):
        return False  # '【主要内容】' back under one section, then another: a note's labels, no sub-titles
    shown = [c for c in candidates if c.accepted and c.key != "sub" and c.index not in listed]  # in line order
    parents = {candidates[c.parent].index for c in numbered if c.parent >= 0}  # sections with numbered children
    holders: set[int] = set()
    k = -1
    for i in found:  # one walk over both, each in line order
        while k + 1 < len(shown) and shown[k + 1].index < i:
            k += 1
        if k < 0:
            return False  # before the first numbered section: no section's sub-title
        holder = shown[k]
        if holder.key in _UNNUMBERED or holder.index in parents or _depth(holder, candidates) > _MAX_DEPTH:
            return False
        holders.add(holder.index)
    return len(holders) >= 2


def read_as_subtitles(found: list[int], listed: set[int], candidates: Sequence[Any],
                      matches: list[HeadingMatch | None], paragraphs: Sequence[Paragraph]) -> None:
    """The plain titles become the sections' sub-titles; a list's numbered lines (`listed`, and those the first
    reading already dropped) stay text in their section, as on the usual path: no sub-title nests under an item."""
    for i in found:
        matches[i] = sub_heading(paragraphs[i].text)
    for i in listed | {c.index for c in candidates if not c.accepted and c.key != "sub"}:
        matches[i] = None  # '1. 速度快：…' / '2. 无碎片：…' line under line
