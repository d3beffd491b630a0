"""Sibling runs of numbered lines that read as lists by their layout: items right after '下列材料：', and topics noted
line after line ('1. 数字类型：整数类型、…'), short and with no paragraph of their own, and rows of a table of names.

A run here is the numbering's candidates of one sequence (`numbering.Candidate`: index, match, strong, article).
Each test looks at the run's lines once: linear time.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reader.text.model import Paragraph

SECTION_BODY = 20  # '1.申请书。载明申请事项。' notes its item; a section's run-in body is a paragraph
_ROW_MAX = 30  # a row of a table of names (罪名, 机构) numbered down the page is this short
_LIST_ITEM_MEAN = 50  # items right after '下列材料：' that follow one another are this short on average


def after_colon_list(run: Sequence[Any], paragraphs: Sequence[Paragraph], at: set[int]) -> bool:
    """Items introduced by '下列材料：' that follow one another, short, with no body between: a list."""
    if any(c.article for c in run) or all(c.strong and len(c.match.rest) >= SECTION_BODY for c in run):
        return False  # articles, or sections titled by a first sentence over a paragraph ('一、提高思想认识。各地…')
    before = run[0].index - 1
    if before < 0 or not paragraphs[before].text.rstrip().endswith(("：", ":")):
        return False
    if len(run) == 1:
        return before not in at  # '一、职责：' over one item: the item may be its only subsection
    consecutive = all(b.index == a.index + 1 for a, b in zip(run, run[1:]))
    return consecutive and sum(len(paragraphs[c.index].text) for c in run) < _LIST_ITEM_MEAN * len(run)


def noted_items(run: Sequence[Any], paragraphs: Sequence[Paragraph]) -> bool:
    """'1. 数字类型：整数类型、浮点数类型和复数类型。' then '2. 数字类型的运算：…' line after line (an exam syllabus, a
    minutes' decisions): items that note a topic each; a section, however short its title, has a paragraph."""
    if all(c.strong and len(c.match.rest) >= SECTION_BODY and c.match.terminator not in "：:" for c in run):
        return False  # '一、提高思想认识。各地各部门要…': a title sentence over its paragraph, run in
    return (len(run) >= 3 and not any(c.article for c in run) and all(b.index == a.index + 1 for a, b in zip(run, run[1:]))
            and sum(len(paragraphs[c.index].text) for c in run) < _LIST_ITEM_MEAN * len(run))


def table_rows(run: Sequence[Any], at: set[int]) -> bool:
    """'1．背叛国家罪（第102条）' line after line, only headings between: the rows of a table of names, not articles."""
    rows = sum(1 for a, b in zip(run, run[1:]) if not a.match.rest and not a.match.terminator
               and len(a.match.title) <= _ROW_MAX and all(k in at for k in range(a.index + 1, b.index)))
    return 5 * rows >= 4 * (len(run) - 1)
