"""A table flattened to text keeps its header row: a short line of column names ('参数 值 说明', '时间节点    数额',
'角色 | 描述') over rows cut into as many cells ('max_seq_len 128 新闻标题较短'), no title of a section."""

from __future__ import annotations

import re
from collections.abc import Sequence

_WIDE = re.compile(r"\t+|[ \u3000]{2,}|[ \u3000]*\|[ \u3000]*")  # a tab, a run of spaces or a pipe between cells
_NARROW = re.compile(r"[ \u3000]+")  # a word processor's table saved as text: one space between cells
_WIDE_CELL_MAX = 10  # a column's name is a few words
_NARROW_NAME = re.compile(r"[\u4e00-\u9fff]{1,6}")  # one space apart, only short Chinese names make a header
_ROWS = 2  # rows under the header looked at
_FIELD_MARKS = "：:"  # '时间： 地点：' are fields filled in, not columns


def _cells(text: str, between: re.Pattern[str]) -> list[str]:
    return [c for c in between.split(text.strip().strip("|")) if c]


def _header(text: str) -> re.Pattern[str] | None:
    """How a line splits into column names, or None when it is no header row."""
    if any(c in text for c in _FIELD_MARKS):
        return None
    wide = _cells(text, _WIDE)
    if len(wide) >= 2 and all(len(c) <= _WIDE_CELL_MAX for c in wide):
        return _WIDE
    narrow = _cells(text, _NARROW)
    if len(narrow) >= 2 and all(_NARROW_NAME.fullmatch(c) for c in narrow):
        return _NARROW
    return None


def header_row(text: str, below: Sequence[str]) -> bool:
    """A line that names the columns of the rows `below` it (the next lines): they split as it does into as many
    cells."""
    between = _header(text)
    if between is None:
        return False
    count = len(_cells(text, between))
    rows = [t for t in below[:_ROWS] if t.strip()]
    return bool(rows) and all(len(_cells(row, between)) == count for row in rows)


def table_line(text: str, above: str, below: Sequence[str]) -> bool:
    """A table's header row, or a row under one (`above`: the line before it): its cells set apart by tabs, runs of
    spaces or pipes, as many as the line above has ('有序插入\t带索引的双向链表' under '节点复用\t对象池…')."""
    if header_row(text, below):
        return True
    if any(c in text for c in _FIELD_MARKS):
        return False
    count = len(_cells(text, _WIDE))
    return count >= 2 and len(_cells(above, _WIDE)) == count
