"""Round 51B: where a text's sections come numbered, an unnumbered line set twelve columns in or more is what a PDF's
layout placed (a label inside a figure, a caption, a table's wrapped cell), not a title; a sub-title at the margin or
at a paragraph's own indent, and numbered titles set far in, stay."""

from __future__ import annotations

import pytest

from support import parse_document

from reader.text.candidate import Candidate
from reader.text.farset import drop_far_set_lines
from reader.text.markers import HeadingMatch
from reader.text.model import Paragraph

BODY = "本节说明装置的总体结构，给出各个模块之间的连接关系，并说明主要的设计参数和选型的理由。"
BODY2 = "测试时把小车放在起点，记录它到达终点所用的时间，每组数据测量五次，取平均值作为结果。"
PAD = " " * 20


def _titles(text: str) -> list[str]:
    doc = parse_document(text.encode("utf-8"), name="doc.txt")
    return [h.title for h in doc.headings]


def _paper(line: str, section: str = "2.2 评分规则") -> str:
    """A report with numbered sections and subsections, a flush sub-title under 2.1 and `line` under `section`."""
    return ("1 系统设计\n\n" + BODY + "\n\n2 测试\n\n" + BODY2 + "\n\n2.1 场地说明\n\n" + BODY + "\n\n数据模型\n\n" + BODY2
            + "\n\n" + section + "\n\n" + BODY + "\n\n" + line + "\n\n" + BODY2 + "\n\n2.3 测试结果\n\n" + BODY2 + "\n")


@pytest.mark.parametrize("text, gone", [
    (_paper(PAD + "小车置于轨迹指"), "小车置于轨迹指"),  # a table cell's wrapped words, far in
    (_paper(" " * 40 + "电机驱动原理图"), "电机驱动原理图"),  # a figure's label, centred
    (_paper(" " * 12 + "在地面的正投影"), "在地面的正投影"),  # twelve columns is far enough
])
def test_a_far_set_line_among_numbered_sections_is_no_title(text: str, gone: str) -> None:
    titles = _titles(text)
    assert gone not in titles
    assert {"系统设计", "测试", "场地说明", "数据模型", "评分规则", "测试结果"} <= set(titles)


@pytest.mark.parametrize("text, kept", [
    (_paper("评分细则"), "评分细则"),  # at the margin: the writer's unnumbered sub-title
    (_paper("　　评分细则"), "评分细则"),  # at a paragraph's own indent ('　　', four columns)
    (_paper(" " * 8 + "评分细则"), "评分细则"),  # eight columns: two tabs' worth, no layout's centring
    (_paper(BODY, section=PAD + "2.2 评分规则"), "评分规则"),  # a numbered title a layout centred keeps its number
])
def test_lines_the_rule_leaves_alone(text: str, kept: str) -> None:
    assert kept in _titles(text)


def test_a_far_set_title_before_any_numbered_one_is_left_to_the_other_rules() -> None:
    """The cover's centred title comes before the first numbered section: the rule does not look at it."""
    texts = [(PAD + "小车设计报告", 20), (BODY, 0), ("1 系统设计", 0), (BODY2, 0), (PAD + "原理图", 20)]
    paragraphs = [Paragraph(text, n, 0, indent=indent) for n, (text, indent) in enumerate(texts, 1)]
    number = HeadingMatch("decimal", "1", "系统设计", "", 1, 1, 2)
    candidates = [Candidate(0, None, "named"), Candidate(2, number, "decimal1"), Candidate(4, None, "named")]
    drop_far_set_lines(candidates, paragraphs)
    assert [c.accepted for c in candidates] == [True, True, False]
