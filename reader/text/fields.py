"""Numbered lines that are a form's fields, not sections: the particulars of a notice.

A procurement or bidding notice numbers its particulars ('1、采购项目名称：辽宁机电…采购', '2、采购项目编号：LNJC…',
'4、成交结果：' over a table, '6、保证金退还时间：…'). They are written like run-in headings (a short name, a colon,
text), so the heading test alone takes them for sections; this rule looks at the whole sibling run, in one pass.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reader.text.lazyre import lazy
from reader.text.markers import HeadingMatch

_VALUE_MAX = 30  # a field's value on its line: a name, a number, a code, a date
_SENTENCE_MARKS = frozenset("。；;！!？?，,")


def _colon(m: HeadingMatch | None) -> bool:
    return m is not None and bool(m.terminator) and m.terminator in "：:"


def is_field(m: HeadingMatch | None) -> bool:
    """'采购项目编号： LNJC20190703002': a label with its value, a short phrase that is no sentence, on one line."""
    return _colon(m) and (0 < len(m.rest.strip()) <= _VALUE_MAX and not any(c in _SENTENCE_MARKS for c in m.rest)
                          or _enumerated(m.rest))


def _enumerated(value: str) -> bool:
    """'100米、200米、…、跳高、十项全能。': a value that lists short names, however many, is a field's, no section's text."""
    names = value.strip().removesuffix("。").split("、")
    return len(names) >= _NAMES_MIN and all(0 < len(n) <= _NAME_MAX and not any(c in _SENTENCE_MARKS for c in n)
                                            for n in names)


_NAMES_MIN = 4
_NAME_MAX = 10


def _stopped_field(m: HeadingMatch | None) -> bool:
    """'截止时间：2020年9月15日。': a field whose value ends in the line's full stop, or a bare label ('作品征集范围：')."""
    value = m.rest.strip().removesuffix("。") if _colon(m) else ""
    return _colon(m) and len(value) <= _VALUE_MAX and not any(c in _SENTENCE_MARKS for c in value)


def form_fields(run: Sequence[HeadingMatch | None]) -> bool:
    """Most items are labels ending in a colon and two or more carry their value on the line: the run fills in a
    form (a notice's particulars), where a section's title never holds a value. A notice may close each value with
    '。'; then every item must be such a short field or a bare label (a record's '(三)計畫範圍：…' runs on for lines)."""
    colons = sum(_colon(m) for m in run)
    if len(run) < 2 or 2 * colons <= len(run):
        return False
    return sum(is_field(m) for m in run) >= 2 or (
        all(_stopped_field(m) for m in run) and sum(_stopped_field(m) and m.rest.strip() != "" for m in run) >= 2)


_PARTICULAR_LABEL = lazy(
    r"(?:[A-Za-z]{1,14}[ \t]?)?[\u4e00-\u9fff]{0,4}"  # 'Host 会议主持人', '办公地点', '截止时间': a particular's label
    r"(?:时间|時間|日期|地点|地點|地址|翻译|翻譯|译者|譯者|报告人|報告人|主讲人|主講人|主持人|语言|語言|记录人|記錄人)"
    r"[ \t\u3000]*[：:][ \t\u3000]*")
_PARTICULAR_VALUE_MAX = 40  # '時間：2022 年 3 月 12 日（六）pm 14:00 - 16:30': a date, a place, a name
_PARTICULAR_STOPS = frozenset("。；;！!？?")


def labelled_particular(text: str) -> bool:
    """'翻译：单致豪', '办公地点：慧园3栋203、206', '报告人： 赵伟峰 工程师': a label that names who, when, where or in
    what language, its value on the line, states one particular of a notice or a record, and heads nothing."""
    m = _PARTICULAR_LABEL.match(text)
    value = text[m.end():].strip() if m is not None else ""
    return 0 < len(value) <= _PARTICULAR_VALUE_MAX and not any(c in _PARTICULAR_STOPS for c in value)


def repeated_label(run: Sequence[Any]) -> bool:
    """'（一）所有组别：男、女前6名…' right over '（二）所有组别：规定时间内完赛者…': numbered lines (`run`: candidates with
    index and match) that say one label again, line after line, each with its text, state facts under that label;
    sections under one heading never share a title, and sections hold text between them."""
    if any(b.index != a.index + 1 for a, b in zip(run, run[1:])):
        return False
    seen: set[str] = set()
    for m in (c.match for c in run):
        if _colon(m) and m.rest.strip():
            if m.title in seen:
                return True
            seen.add(m.title)
    return False
