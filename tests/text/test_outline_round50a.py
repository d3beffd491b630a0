"""The shared look-ups added for speed give what the per-line comprehensions they replace gave."""

from __future__ import annotations

import pytest

from reader.text.openings import lines_holding, openings, opens_no_digit
from support import paragraphs as _paragraphs


@pytest.mark.parametrize("texts, mark, other, want", [
    (["第一条 总则", "国务院办公厅", "国办发〔2021〕21号", "各省人民政府："], "号", "號", [2]),
    (["臺北市政府函", "府授法字第1090001号", "發文字號：北市法字第1號", "主旨：…"], "号", "號", [1, 2]),
    (["第一次会议：", "讨论内容", "第二次会议记录", "次要事项"], "次", "", [0, 2, 3]),
    (["一、总体要求", "（一）加强组织领导。", "违反前款规定的，依法处分。"], "号", "號", []),  # neither anywhere
    (["号", "", "一行\n号在第二行", "號"], "号", "號", [0, 2, 3]),  # a paragraph holding a break stays one line
    ([], "次", "", []),
])
def test_lines_holding_finds_every_line_with_the_mark(texts, mark, other, want):
    """The lines holding the mark (or the other), in order, as a look at every line finds them."""
    paragraphs = _paragraphs(texts)
    assert lines_holding(paragraphs, mark, other) == want
    assert want == [i for i, t in enumerate(texts) if mark in t or (other and other in t)]


@pytest.mark.parametrize("texts, want", [
    (["第一条 总则", "（一）加强组织领导。"], True),  # a law's lines open with 第 and （: no count, time or date
    (["第一条 总则", "  12 个文件需要改动"], False),  # an indented count opens with its digit
    (["会议议程", "09:00 - 09:30 签到"], False),
])
def test_opens_no_digit_reads_the_openings(texts, want):
    """No line opens with a digit: the passes for counts, slots and dates skip the text."""
    assert opens_no_digit(openings(_paragraphs(texts))) is want
    assert opens_no_digit(None) is False  # openings not given: the pass looks for itself
