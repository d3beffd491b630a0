"""Headings set in a form the numbering rules did not read: a charter's chapters in brackets ('【第一章 总 则】')."""

from __future__ import annotations

import pytest

from support import parse_document

_CHARTER = """环保协会规章制度
【第一章 总 则】
第一条 本会名称为绿源环保协会。
第二条 本会宗旨是宣传环保知识。
【第二章 组织结构】
第三条 本会设会长一名，副会长两名。
第四条 会员大会每学期召开一次。
【附则】
本制度自公布之日起施行。
"""


def test_a_charters_bracketed_chapters_head_its_articles():
    """d20_05: '【第一章 总 则】' was read as no heading, so the articles stood at the top level."""
    doc = parse_document(_CHARTER.encode("utf-8"))
    got = [(h.depth, h.marker, h.title) for h in doc.headings]
    assert got[:3] == [(1, "第一章", "总则"), (2, "第一条", "第一条"), (2, "第二条", "第二条")]
    assert (1, "第二章", "组织结构") in got
    chapter = doc.headings[0]  # the heading's place is the marker's, the bracket before it no part of it
    assert doc.text[chapter.offset:chapter.end] == "第一章 总 则"


@pytest.mark.parametrize("line", ["【活动亮点】", "【第一章 总则】（约 1 分钟）", "【2024年工作回顾】"])
def test_a_bracketed_name_or_a_bracket_with_more_after_it_is_read_as_written(line):
    """Only a numbered heading the brackets enclose whole is unframed; the names stay for the unnumbered rules."""
    from reader.text.model import Paragraph
    from reader.text.punctuation import read_as_rules

    paragraph = Paragraph(text=line, line=2, start=0)
    assert read_as_rules([paragraph])[0].text == line
