"""A statistical table copied one cell to a line ('油茶籽' / '吨' / '22507' / '-2.6'): a growth rate glued to the
next row's name ('23.1 油茶籽') reads as a numbered line, but with a cell of the unit column beside it it is a row of
the table, never a section."""

from __future__ import annotations

from collections.abc import Sequence

from reader.text.headerrows import value_cell
from reader.text.lazyre import lazy
from reader.text.model import Paragraph

# A unit of measure standing alone in its cell: '吨', '万吨', '亿元', '亿千瓦时', '万人次', '%'; a magnitude then a unit
_UNIT = lazy(r"[十百千万萬亿億]{0,3}(?:吨|噸|元|辆|輛|台|套|件|人次|人|户|戶|个|個|头|頭|只|千瓦时|千瓦|平方米|立方米|"
             r"公顷|公頃|亩|畝|公里|吨公里|标箱|標箱|千克|公斤|%|％|‰)")
_LABEL_MAX = 12  # a row's name glued after a figure ('7.59 发电量', '2.6 其中：粮 食') is short
_FAMILIES = frozenset(("arabic", "decimal"))  # '23.1 油茶籽', '1.食品烟酒': figures read as markers


def unit_cell(text: str) -> bool:
    """'吨', '亿元', '万人次': a cell of a table's unit column."""
    return _UNIT.fullmatch(text.strip()) is not None


def _glued_row(text: str) -> bool:
    """'7.59 发电量', '4.6 吨': a figure and the next short cell the extract joined on one line."""
    head, _, tail = text.strip().partition(" ")
    return bool(tail) and value_cell(head) and len(tail.strip()) <= _LABEL_MAX


def _unit_side(text: str) -> bool:
    """'吨' alone, or '4.6 吨': the unit column's cell, the row's figure glued before it."""
    head, _, tail = text.strip().partition(" ")
    return unit_cell(text) or (bool(tail) and value_cell(head) and unit_cell(tail))


def _cell(text: str) -> bool:
    return value_cell(text.strip()) or unit_cell(text) or _glued_row(text)


def unit_rows(paragraphs: Sequence[Paragraph], matches: Sequence) -> dict[int, str]:
    """'23.1 油茶籽' between '吨' and '吨', '13.3 其中：住宅' between '140.30' and '亿元': a numbered line with a cell of
    a table on each side, one of them a unit of measure, is a row of the table (a heading never stands by a unit)."""
    out = {}
    for i in range(1, len(paragraphs) - 1):
        m = matches[i]
        if m is None or m.family not in _FAMILIES:
            continue
        before, after = paragraphs[i - 1].text, paragraphs[i + 1].text
        if len(before) > 2 * _LABEL_MAX or len(after) > 2 * _LABEL_MAX:
            continue  # cheap: a heading sits between paragraphs of text
        if (_unit_side(before) and _cell(after)) or (_cell(before) and _unit_side(after)):
            out[i] = "a row of a table copied one cell to a line: a unit of measure beside it"
    return out
