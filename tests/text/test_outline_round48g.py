"""Round 48g: a rule ('---') the writer draws after a titled part's own text closes that part, so the titles after it
stand beside that part's title, not inside it ('前言' over its paragraphs, '---', '效果展示'); a title set straight over
the rule with no text of its own, a numbered part, or a part with no rule after its text keeps what follows inside it
(rule: `ruledparts.beside_ruled_parts`, run on the outline's depths)."""

from __future__ import annotations

import pytest

from reader.text.model import Heading, Paragraph
from reader.text.ruledparts import beside_ruled_parts

BODY = "这学期的课程特别多，每门课都有自己的作业和考试安排，通知又分散在好几个地方，很容易错过重要的截止时间。"


def _lifted(rows: list[tuple[str, int, bool]]) -> list[int]:
    """Rows (text, depth the outline gave — 0 for body text —, a rule drawn above it): the headings' depths after
    the pass."""
    paragraphs = [Paragraph(text, n, 0, ruled=ruled) for n, (text, _, ruled) in enumerate(rows, 1)]
    at = [i for i, (_, depth, _) in enumerate(rows) if depth]
    headings = []
    for i in at:
        text, depth, _ = rows[i]
        marker = text.split(" ", 1)[0] if " " in text else ""
        headings.append(Heading(depth, marker, text.split(" ", 1)[-1], i + 1, 0))
    return [h.depth for h in beside_ruled_parts(headings, at, paragraphs)]


CASES = {
    "a preface closed by a rule, then titles each after a rule": (
        [("前言：一个总是错过截止时间的学期", 1, False), (BODY, 0, False), ("效果展示", 2, True), (BODY, 0, False),
         ("部署方法", 2, True), (BODY, 0, False)],
        [1, 1, 1]),
    "a summary part closed by a rule, then numbered parts with their sections": (
        [("自查结果对比", 1, False), ("| 问题 | 第一轮 | 第二轮 |", 0, False), ("一、 报名材料自查", 2, True),
         (BODY, 0, False), ("（一） 申报书", 3, False), (BODY, 0, False), ("二、 开源协议自查", 2, True),
         (BODY, 0, False)],
        [1, 1, 2, 1]),
    "the lifted title, itself closed by a rule, lets the next one stand beside it too": (
        [("写在前面", 1, False), (BODY, 0, False), ("背景", 2, True), (BODY, 0, False), ("动机", 3, True),
         (BODY, 0, False)],
        [1, 1, 1]),
}

GUARDS = {
    "a title set straight over the rule heads what follows": (
        [("2024年3月5日第一次会议", 1, False), ("1. 确定选题", 2, True), (BODY, 0, False), ("2. 分配任务", 2, False),
         (BODY, 0, False)],
        [1, 2, 2]),
    "a numbered part's text, a rule, its first section": (
        [("一、 总体情况", 1, False), (BODY, 0, False), ("（一） 工作进展", 2, True), (BODY, 0, False)],
        [1, 2]),
    "no rule between a part's text and its first title": (
        [("前言", 1, False), (BODY, 0, False), ("研究背景", 2, False), (BODY, 0, False), ("研究意义", 2, True),
         (BODY, 0, False)],
        [1, 2, 2]),
    "a rule before a title at the part's own level changes nothing": (
        [("前言", 1, False), (BODY, 0, False), ("正文", 1, True), (BODY, 0, False)],
        [1, 1]),
}


@pytest.mark.parametrize("rows,expected", list(CASES.values()), ids=list(CASES))
def test_rule_closes_a_titled_part(rows: list[tuple[str, int, bool]], expected: list[int]) -> None:
    assert _lifted(rows) == expected


@pytest.mark.parametrize("rows,expected", list(GUARDS.values()), ids=list(GUARDS))
def test_depths_stay(rows: list[tuple[str, int, bool]], expected: list[int]) -> None:
    assert _lifted(rows) == expected


def test_levels_the_format_marks_stay() -> None:
    """'# 前言' over its text, '---', '## 效果展示': the writer gave the levels with the markup, the rule changes none."""
    paragraphs = [Paragraph("前言", 1, 0, heading_level=1), Paragraph(BODY, 2, 0),
                  Paragraph("效果展示", 3, 0, heading_level=2, ruled=True), Paragraph(BODY, 4, 0)]
    headings = [Heading(1, "", "前言", 1, 0), Heading(2, "", "效果展示", 3, 0)]
    assert [h.depth for h in beside_ruled_parts(headings, [0, 2], paragraphs)] == [1, 2]
