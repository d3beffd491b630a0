"""Round 45e: a Mermaid diagram's first line ('flowchart LR', 'sequenceDiagram'), left alone on its line when a
Markdown thesis or design note loses its code fence, opens code and is never a title; the words alone, a title that
names a flow chart and an English phrase stay what they were (rule: `lineshape.diagram_line` in `codeblocks.code_line`).

A thesis template writes a space as '□' ('1□绪论', '目□□录'; its format rules read '第1章□绪论', '摘□□要'): a
chapter so written is numbered '1' and titled '绪论', and '目□□录' opens the contents, not a part over the chapters
(rules: the bare number's `markpatterns.PLACEHOLDER` in `markers._build`, and `lineshape.contents_name`); a box to
tick ('□ 完成实验报告', '☑是/□否') stays text."""

from __future__ import annotations

import pytest

from reader.text.lineshape import contents_name
from reader.text.markers import match_heading
from reader.text.codeblocks import code_edge, code_line
from support import parse_document

DIAGRAMS = {
    "a flow chart left to right": "flowchart LR",
    "a flow chart top down, indented": "    flowchart TD",
    "an older graph, bottom to top": "graph BT",
    "a sequence diagram": "sequenceDiagram",
    "a state diagram, version 2": "stateDiagram-v2",
    "an entity-relation diagram, a space after it": "erDiagram ",
    "a class diagram": "classDiagram",
}

NOT_DIAGRAMS = {  # what must stay as it was: no diagram's opening line
    "the word alone": "graph",
    "a title naming a flow chart": "流程图设计",
    "a mixed title": "flowchart 绘制方法",
    "an English phrase": "Graph Theory",
    "a direction missing": "flowchart",
    "a longer English line": "flowchart LR shows the data path",
}


@pytest.mark.parametrize("line", DIAGRAMS.values(), ids=list(DIAGRAMS))
def test_a_diagrams_opening_line_is_code(line):
    assert code_line(line) and code_edge(line)


@pytest.mark.parametrize("line", NOT_DIAGRAMS.values(), ids=list(NOT_DIAGRAMS))
def test_other_lines_are_no_diagram(line):
    assert not code_line(line)


B1 = "本文针对校园二手书流转不畅的问题，设计并实现了一个面向在校学生的二手书交易平台。"
B2 = "系统采用前后端分离的架构，前端负责展示与交互，后端负责业务处理与数据持久化。"


def _headings(lines: list[str]) -> list[tuple[int, str, str]]:
    return [(h.depth, h.marker, h.title) for h in parse_document("\n".join(lines).encode()).headings]


TEMPLATE = {
    "chapters after a contents list, both in the template's spaces": (
        ["校园二手书交易平台的设计与实现", "", "目□□录", "", "1 绪论", "2 系统设计", "3 系统实现", "",
         "1□绪论", "", "1.1 研究背景", B1, "", "1.2 研究内容", B2, "", "2□系统设计", "", "2.1 总体架构", B2, "",
         "2.2 数据库设计", B1, "", "3□系统实现", "", "3.1 前端实现", B1, "", "3.2 后端实现", B2, ""],
        [(1, "1", "绪论"), (2, "1.1", "研究背景"), (2, "1.2", "研究内容"), (1, "2", "系统设计"), (2, "2.1", "总体架构"),
         (2, "2.2", "数据库设计"), (1, "3", "系统实现"), (2, "3.1", "前端实现"), (2, "3.2", "后端实现")],
    ),
    "chapters with no contents list": (
        ["校园二手书交易平台的设计与实现", "", "1□绪论", "", "1.1 研究背景", B1, "", "2□系统设计", "", "2.1 总体架构", B2, ""],
        [(1, "1", "绪论"), (2, "1.1", "研究背景"), (1, "2", "系统设计"), (2, "2.1", "总体架构")],
    ),
}

TICKED = {  # guards: boxes to tick are no template's spaces
    "a to-do list's boxes": (
        ["本周学习安排", "", "一、课程任务", "", "□ 完成操作系统实验报告", "□ 复习计算机网络第三章", "□ 提交数据库课程设计", "",
         "二、其他事项", "", B1, ""],
        [(1, "一、", "课程任务"), (1, "二、", "其他事项")],
    ),
    "a form's ticked answers": (
        ["实验室安全检查表", "", "一、基本情况", B1, "", "是否配备灭火器：☑是/□否", "是否张贴安全须知：□是/☑否", "",
         "二、检查结论", B2, ""],
        [(1, "一、", "基本情况"), (1, "二、", "检查结论")],
    ),
}


@pytest.mark.parametrize("lines, expected", TEMPLATE.values(), ids=list(TEMPLATE))
def test_a_templates_spaces_number_its_chapters(lines, expected):
    assert _headings(lines) == expected


@pytest.mark.parametrize("lines, expected", TICKED.values(), ids=list(TICKED))
def test_boxes_to_tick_stay_text(lines, expected):
    assert _headings(lines) == expected


@pytest.mark.parametrize("line", ["□ 完成实验报告", "1□", "12□□", "☑是/□否"])
def test_a_box_alone_numbers_nothing(line):
    assert match_heading(line) is None


@pytest.mark.parametrize("line, opens", [("目□□录", True), ("目　　录", True), ("目录", True), ("□□", False), ("致□□谢", False)])
def test_a_templates_contents_name_opens_the_contents(line, opens):
    assert contents_name(line) is opens
