"""A form exported one cell per line ('会议名称' / '第十次组会', '时间' / '2019年4月27日', '地点' / '…'): a stack of
field names each over its short value, line after line with no blank between, is a table's rows, and its cells are
no titles, nor is the last row's name over its long value ('会议记录' over the minutes). Names set apart by blank
lines (a notice's '时间' / '地点' blocks) are left to the other rules. One pass per parity over the paragraphs: linear.
"""

from __future__ import annotations

from collections.abc import Sequence

from reader.text.lazyre import lazy
from reader.text.model import Paragraph

_NAME = lazy(r"[\u4e00-\u9fff]{2,6}")  # a field's name: a few Chinese characters, no mark
_VALUE_MAX = 40  # a date, a place, a few names: a cell, not a paragraph
_MIN_PAIRS = 3  # three rows make a form; two may be a title and its line
_MIN_KNOWN = 2  # of which two name a form's usual fields
_FIELDS = frozenset("时间 日期 地点 会议名称 会议主题 会议议题 会议时间 会议地点 会议地址 主持人 主持 记录人 记录员 记录 参会人员 "
                    "参会人 出席人员 出席 列席 缺席 参加人员 与会人员 组员 成员 小组成员 主讲人 主讲 议题".split())


def _name(p: Paragraph) -> bool:
    return not p.heading_level and _NAME.fullmatch(p.text.strip()) is not None


def _value(p: Paragraph) -> bool:
    text = p.text.strip()
    return (0 < len(text) <= _VALUE_MAX and not p.heading_level and not text.endswith(("：", ":"))
            and text not in _FIELDS)  # a field's name for a value: the rows are read one line off


def _next_line(a: Paragraph, b: Paragraph) -> bool:
    return b.line == (a.last_line or a.line) + 1


def form_cells(paragraphs: Sequence[Paragraph]) -> set[int]:
    """The indices of the cells (names and values) in runs of name/value rows set line after line, three or more."""
    found: set[int] = set()
    failed = [0, 0]  # per parity, where the last run that was no form ended: its later rows are no form either
    i, n = 0, len(paragraphs)
    while i < n - 1:
        if i < failed[i % 2]:
            i += 1
            continue
        rows: list[int] = []
        j = i
        while (j < n - 1 and _name(paragraphs[j]) and _value(paragraphs[j + 1])
               and _next_line(paragraphs[j], paragraphs[j + 1])
               and (not rows or _next_line(paragraphs[j - 1], paragraphs[j]))):
            rows.append(j)
            j += 2
        first = next((k for k, r in enumerate(rows) if paragraphs[r].text.strip() in _FIELDS), len(rows))
        rows = rows[first:]  # a title over the form ('第一次会议') is no row
        known = sum(paragraphs[r].text.strip() in _FIELDS for r in rows)
        if len(rows) >= _MIN_PAIRS and known >= _MIN_KNOWN:
            found.update(k for r in rows for k in (r, r + 1))
            if (j < n - 1 and _name(paragraphs[j]) and _next_line(paragraphs[j - 1], paragraphs[j])
                    and _next_line(paragraphs[j], paragraphs[j + 1])):
                found.add(j)  # the last row's name over a long value ('会议记录' over the minutes): the form's cell too
            i = j
        else:
            failed[i % 2] = j
            i += 1
    return found


def drop_form_names(candidates: list, paragraphs: Sequence[Paragraph]) -> None:
    """A form's cell ('会议名称', '时间', '地点' and their values, line after line) is no title."""
    names = None
    for c in candidates:
        if c.accepted and not c.numbered():
            if names is None:
                names = form_cells(paragraphs)
            if c.index in names:
                c.accepted = False
                c.reason = "a form's field name over its value, row after row ('时间' / '2019年4月27日'): no title"
