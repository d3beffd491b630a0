"""Round 59F: a form exported one cell per line is a table, not sections. A meeting record's '会议名称' / '项目初期阶段',
'时间' / '2021年6月15日', '地点' / '…', '组员' / '…' stand line after line, each field's name over its short value: a
reader sees the rows of a form, and its cells ('会议名称', '时间', '张庆安') are no titles, nor is the last row's name
over its long value ('会议记录' over the minutes).

Left alone: names set apart by blank lines (a notice's '时间' / '地点' blocks, which the gold reads as sub-titles),
fewer than three rows, rows whose names are not a form's usual fields ('功能描述', '用例目的'), a title over the rows
('第一次会议'), and a name set apart from the rows by a blank line."""

from __future__ import annotations

import pytest

from support import outline, paragraphs, spaced_paragraphs

from reader.text.formcells import form_cells

_P = "这次会议主要讨论项目开展的工作分配，最终决定由各位同学分别负责设计、编写代码、需求分析和测试等工作。"


def _meeting(n: str, stage: str, date: str) -> list[str]:
    return [f"第{n}次会议：", "会议名称", stage, "时间", date, "地点", "逸夫楼605", "组员", "马晓鹏、张庆安、许必详",
            "记录员", "张庆安", "会议议题", "讨论项目的分工", "会议记录", _P, "遇到的问题：", "整体进度缓慢",
            "文档格式不规范", "建议：", "加快进度"]


_RECORD = [*_meeting("一", "项目初期阶段", "2021年6月15日"), *_meeting("二", "项目中期阶段", "2021年6月20日"),
           *_meeting("三", "项目后期阶段", "2021年6月23日")]


@pytest.mark.parametrize("lines", [
    ["会议纪要", "课程资料自主学习系统", "2021-6-24", "张庆安", *_RECORD],
    ["会议纪要", *_RECORD],
])
def test_form_cells_are_not_titles(lines):
    found = outline(lines)
    titles = [t for _, _, t in found]
    assert "会议名称" not in titles and "会议记录" not in titles
    assert [t for t in titles if t.startswith("第")] == ["第一次会议", "第二次会议", "第三次会议"]


def test_the_rows_cells_and_only_they_are_found():
    lines = ["会议纪要", "第一次会议", "会议名称", "第十次组会", "时间", "2019年4月27日", "地点", "三楼会议室", "主持人",
             "李明", "会议记录", _P]
    texts = {paragraphs(lines)[i].text for i in form_cells(paragraphs(lines))}
    assert texts == {"会议名称", "第十次组会", "时间", "2019年4月27日", "地点", "三楼会议室", "主持人", "李明", "会议记录"}


@pytest.mark.parametrize("lines", [
    ["时间", "2021年6月15日", "地点", "逸夫楼605", _P],  # two rows
    ["功能描述", "添加一个新用户", "用例目的", "测试管理功能", "前提条件", "项目已发布", _P],  # no form's usual fields
    ["会议情况", "会议名称", "时间", "地点", "主持人", _P],  # names without values
])
def test_other_rows_are_not_a_form(lines):
    assert not form_cells(paragraphs(lines))


def test_a_name_after_a_blank_line_is_no_row():
    lines = ["会议名称", "第十次组会", "时间", "2019年4月27日", "地点", "三楼会议室", "", "会议详情", _P]
    cells = spaced_paragraphs(lines)
    assert {cells[i].text for i in form_cells(cells)} == {"会议名称", "第十次组会", "时间", "2019年4月27日", "地点",
                                                          "三楼会议室"}


def test_names_set_apart_by_blank_lines_are_left_to_other_rules():
    lines = ["近期活动", "", "开发部授课", "", "时间", "", "2025年11月29日", "", "地点", "", "西里西亚311", "",
             "课程内容", "", "Vue基础", "", "主讲人", "", "张三", "", "运维部授课", "", "时间", "", "2025年11月30日"]
    assert not form_cells(spaced_paragraphs(lines))
