"""A table flattened to text: its header row, a short line of column names ('参数 值 说明', '时间节点    数额',
'角色 | 描述') over rows cut into as many cells ('max_seq_len 128 新闻标题较短'), and a numbered row whose figures
follow it one cell to a line; no title of a section."""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.text.lazyre import lazy
from reader.text.model import Paragraph

_WIDE = lazy(r"\t+|[ \u3000]{2,}|[ \u3000]*\|[ \u3000]*")  # a tab, a run of spaces or a pipe between cells
_NARROW = lazy(r"[ \u3000]+")  # a word processor's table saved as text: one space between cells
_WIDE_CELL_MAX = 10  # a column's name is a few words
_NARROW_NAME = lazy(r"[\u4e00-\u9fff]{1,6}")  # one space apart, only short Chinese names make a header
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


_VALUE_CELL = lazy(r"[>＞<≥≤+\-—–~～0-9０-９.．,，%％/〔〕\[\]（）() ]{1,16}")  # '72.45', '>79', '—', '〔55〕'
_CELL_MAX = 16
_CELL_START = frozenset(">＞<≥≤+-—–~～0123456789０１２３４５６７８９.．〔")
_ROW_FAMILIES = frozenset(("arabic", "decimal", "half-paren", "paren-arabic"))
_ROW_CELLS = 1  # the cleaner may drop a bare figure as a page number: one cell left is evidence enough


def table_rows(paragraphs: list[Paragraph], matches: list) -> dict[int, str]:
    """'1.信息化发展指数' over '>79', '—', '72.45': a numbered line followed by cells of figures is a row of a table
    copied one cell to a line, not a section."""
    out = {}
    last = len(paragraphs) - _ROW_CELLS
    for i, m in enumerate(matches):
        if m is None or i >= last or m.family not in _ROW_FAMILIES:
            continue  # a row is numbered '1.' or '1' ('第一条' and '（一）' head text, not figures)
        cell = paragraphs[i + 1].text
        if len(cell) > 2 * _CELL_MAX or cell.lstrip()[:1] not in _CELL_START:
            continue  # cheap: the line after a heading is mostly text
        if all(value_cell(paragraphs[j].text.strip()) for j in range(i + 1, i + 1 + _ROW_CELLS)):
            out[i] = "a table's row: figures follow it one cell to a line"
    return out


def value_cell(text: str) -> bool:
    """A cell of figures ('72.45', '>79', '〔55〕') or a dash for none; a lone bracket is no cell."""
    return _VALUE_CELL.fullmatch(text) is not None and (any(c.isdigit() for c in text) or text.strip("—–-－~～ ") == "")
