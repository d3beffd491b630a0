"""Round 51B: where a text's sections come numbered, an unnumbered line set twelve columns in or more right against
another line set as far is a piece of what a PDF's layout placed (a figure's labels, a formula, a table's wrapped
cells), not a title; a sub-title at the margin or at a paragraph's own indent, a centred line standing alone, and
numbered titles set far in, stay. A book's contents whose chapters start over under each part run on through the
parts."""

from __future__ import annotations

import pytest

from support import parse_document

from reader.text import contents
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


def _dropped(rows: list[tuple[str, int, int]]) -> list[int]:
    """The rows (text, indent, line) as paragraphs, every one a candidate ('1 …' numbered): the ones the rule drops."""
    paragraphs = [Paragraph(text, line, 0, indent=indent) for text, indent, line in rows]
    candidates = [Candidate(i, HeadingMatch("decimal", t.split()[0], t.split()[1], "", 1, 1, 2) if t[0].isdigit()
                            else None, "decimal1" if t[0].isdigit() else "sub") for i, (t, _, _) in enumerate(rows)]
    drop_far_set_lines(candidates, paragraphs)
    return [i for i, c in enumerate(candidates) if not c.accepted]


@pytest.mark.parametrize("rows, want", [
    # a table's wrapped cell right over the next far-set line
    ([("3 测试", 0, 1), (BODY, 0, 3), ("小车置于轨迹指", 20, 5), ("D1=2cm", 30, 6), (BODY2, 0, 8)], [2, 3]),
    # a figure's label under another far-set label
    ([("3 测试", 0, 1), ("机器人整体投影面积", 40, 3), ("在地面的正投影", 40, 4), (BODY2, 0, 6)], [1, 2]),
    # twelve columns is far enough
    ([("3 测试", 0, 1), (BODY, 0, 3), ("在区间上的测度", 12, 5), ("min J(x)", 12, 6)], [2, 3]),
    # alone between blank lines: left to the caption rules (a centred sub-title may stand so)
    ([("3 测试", 0, 1), (BODY, 0, 3), ("加速器的原理图", 20, 5), (BODY2, 0, 7)], []),
    # the far-set line after it stands a blank line below: no block
    ([("3 测试", 0, 1), (BODY, 0, 3), ("加速器的原理图", 20, 5), ("(mm)", 20, 7)], []),
    # eleven columns: a deep indent, no layout's
    ([("3 测试", 0, 1), (BODY, 0, 3), ("评分细则", 11, 5), ("细则说明", 11, 6)], []),
    # before the first numbered title: the cover's lines
    ([("智能小车设计报告", 20, 1), ("第一组", 20, 2), (BODY, 0, 4), ("1 系统设计", 0, 6)], []),
])
def test_a_far_set_line_in_a_layout_block_is_no_title(rows: list[tuple[str, int, int]], want: list[int]) -> None:
    assert _dropped(rows) == want


@pytest.mark.parametrize("text, kept", [
    (_paper("评分细则"), "评分细则"),  # at the margin: the writer's unnumbered sub-title
    (_paper("　　评分细则"), "评分细则"),  # at a paragraph's own indent ('　　', four columns)
    (_paper(" " * 8 + "评分细则"), "评分细则"),  # eight columns: two tabs' worth
    (_paper(PAD + "评分细则"), "评分细则"),  # centred, alone between blank lines: may be a centred sub-title
    (_paper(BODY, section=PAD + "2.2 评分规则"), "评分规则"),  # a numbered title a layout centred keeps its number
])
def test_lines_the_rule_leaves_alone(text: str, kept: str) -> None:
    assert kept in _titles(text)


# A book's contents ('目次') whose chapters start over under each part, then the page's own chapter and its points.
PARTS = ("土木工程概论 第3版\n目次\n前言\n第一篇 总论\n第一章 概述\n第二章 设计原则\n第三章 材料\n第二篇 房屋\n"
         "第一章 概述\n第二章 楼板\n第三章 屋面\n总结\n第三篇 道路\n第一章 概述\n第二章 路基\n第三章 路面\n总结\n"
         "第二章 楼板\n1. 材料选择\n" + BODY + "\n2. 施工要点\n" + BODY2 + "\n")


def test_a_contents_list_runs_on_through_parts_whose_chapters_start_over() -> None:
    """'第一章 概述' again right under '第二篇 房屋' is the next part's first chapter, not the text beginning: the list
    runs on until a chapter it listed comes again ('第二章 楼板', the page's own)."""
    doc = parse_document(PARTS.encode("utf-8"), name="doc.txt")
    lines = {h.line for h in doc.headings}
    assert not lines & set(range(3, 18))  # every line of the list is an entry, none a heading
    assert {18, 19, 21} <= lines  # the page's chapter and its points


LONG_FIRST = "第一篇 总论\n第一章 概述\n第二章 设计原则\n第三章 材料\n第四章 荷载\n第五章 构造\n"


@pytest.mark.parametrize("text", [
    # the text begins with the first part again (the parts listed past the first entries): the list ends there
    "目录\n" + LONG_FIRST + "第二篇 房屋\n第一章 概述\n第二章 楼板\n" + LONG_FIRST.replace("\n第二章", "\n" + BODY
                                                                                + "\n第二章") + BODY2 + "\n",
    # the second part among the first entries: its '第一章 概述' ends the list, as before
    "目录\n第一篇 总论\n第一章 概述\n第二章 设计原则\n第二篇 房屋\n第一章 概述\n第二章 楼板\n第一篇 总论\n第一章 概述\n"
    + BODY + "\n第二章 设计原则\n" + BODY2 + "\n第二篇 房屋\n第一章 概述\n" + BODY + "\n",
    # a plain contents list, no parts
    "目录\n第一章 概述\n第二章 设计原则\n第三章 材料\n第一章 概述\n" + BODY + "\n第二章 设计原则\n" + BODY2
    + "\n第三章 材料\n" + BODY + "\n",
])
def test_contents_lists_without_restarting_parts_end_as_before(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Where no chapter starts over right under a part the list did not open with, the outline is what it was."""
    got = [(h.line, h.title) for h in parse_document(text.encode("utf-8"), name="doc.txt").headings]
    monkeypatch.setattr(contents, "new_part", lambda text, anchors: False)
    assert got == [(h.line, h.title) for h in parse_document(text.encode("utf-8"), name="doc.txt").headings]


def test_a_part_recurring_under_the_last_listed_part_begins_the_text() -> None:
    """'第一部分 设计内容' right under the listed '第三部分 参考文献' is the text beginning, not a part's chapters starting
    over: the list ends there, and the sections under the first part keep their level."""
    text = ("学号：123\n\n目  录\n第一部分 设计内容\t\n1.1题目\t\n1.2功能\t\n1.3思想\t\n1.4结构\t\n第二部分 总结\t\n"
            "2.1.工作\t\n第三部分 参考文献\t\n\n第一部分 设计内容\n1.1 题目\n" + BODY + "\n1.2 功能\n" + BODY2 + "\n1.3 思想\n"
            + BODY + "\n1.4 结构\n" + BODY2 + "\n第二部分 总结\n2.1. 工作\n" + BODY + "\n第三部分 参考文献\n[1] 某书\n")
    doc = parse_document(text.encode("utf-8"), name="doc.txt")
    assert [(h.line, h.depth) for h in doc.headings] == [(13, 1), (14, 2), (16, 2), (18, 2), (20, 2), (22, 1), (23, 2),
                                                         (25, 1)]
