"""Round 45j: a page's table of data numbers its rows in a cell of their own ('一', '二' in a timetable's 学期
column); the HTML reading puts each cell on a line, where a Chinese numeral standing alone reads as a part's number
with its title below. Inside a table of data it is a row's number, no heading. A lone numeral outside a table, and a
law's articles set as a table, stay headings."""

from __future__ import annotations

import pytest

from support import parse_document

_BODY = "本专业实行学分制管理，学生在规定的年限内修满规定学分，经审核合格后准予毕业，并颁发相应的毕业证书。"


def _page(body: str) -> bytes:
    return (f"<html><head><title>教学计划</title></head><body><h1>教学计划</h1><h2>一、培养目标</h2><p>{_BODY}</p>"
            f"<h2>二、教学进度安排</h2><p>{_BODY}</p>{body}<h2>三、毕业要求</h2><p>{_BODY}</p></body></html>"
            ).encode("utf-8")


def _row(cells: list[str]) -> str:
    return "<tr>" + "".join(f"<td><p>{c}</p></td>" for c in cells) + "</tr>"


def _table(rows: list[list[str]]) -> str:
    return "<table>" + "".join(_row(r) for r in rows) + "</table>"


_PARTS = ["一、培养目标", "二、教学进度安排", "三、毕业要求"]


@pytest.mark.parametrize("rows", [
    [["学期", "入学教育", "课内教学", "考试", "总周数"], ["一", "0.5", "16", "1", "20"], ["二", "", "18", "1", "20"],
     ["三", "", "18", "1", "20"]],
    [["学年", "理论", "实践"], ["一", "480", "120"], ["二", "420", "200"]],
    [["序号", "课程名称", "学时"], ["壹", "高等数学", "64"], ["贰", "大学英语", "64"], ["叁", "体育", "32"]],
])
def test_a_numeral_alone_in_a_table_cell_numbers_its_row(rows):
    doc = parse_document(_page(_table(rows)), "plan.html")
    assert [h.marker + h.title for h in doc.headings] == _PARTS


def test_a_numeral_alone_outside_a_table_still_heads_its_part():
    page = ("<html><head><title>读书札记</title></head><body><h1>读书札记</h1>"
            f"<p>一</p><p>春天</p><p>{_BODY}</p><p>二</p><p>夏天</p><p>{_BODY}</p><p>三</p><p>秋天</p><p>{_BODY}</p>"
            "</body></html>").encode("utf-8")
    doc = parse_document(page, "notes.html")
    assert [h.marker for h in doc.headings] == ["一", "二", "三"]


def test_a_law_set_as_a_table_keeps_its_articles():
    rows = [["第一條", "為促進學術交流，特訂定本辦法。"], ["第二條", "本會會員分為個人會員及團體會員。"],
            ["第三條", "本辦法經理事會通過後施行。"]]
    page = ("<html><head><title>會員辦法</title></head><body><h1>會員辦法</h1>" + _table(rows)
            + "</body></html>").encode("utf-8")
    doc = parse_document(page, "law.html")
    assert [h.marker for h in doc.headings] == ["第一條", "第二條", "第三條"]


# A page's or a Markdown file's first heading that names an opening part ('# 任务概述', '<h1>项目背景</h1>') followed
# by two parts or more at its level is the first of those parts, not a title over them.
_PARA = "这一部分交代来龙去脉，让读者知道我们为什么要做这件事情，以及做完以后希望看到什么样的结果和变化。"


@pytest.mark.parametrize("name, text, first", [
    ("plan.md", f"# 任务概述\n\n{_PARA}\n\n# 任务信息\n\n{_PARA}\n\n# 任务要求\n\n{_PARA}\n", "任务概述"),
    ("talk.md", f"# 开场白\n\n{_PARA}\n\n# 自我介绍\n\n{_PARA}\n\n# 竞选理由\n\n{_PARA}\n", "开场白"),
    ("survey.html", f"<html><body><h1>项目背景</h1><p>{_PARA}</p><h1>调研方法</h1><p>{_PARA}</p><h1>调研结论</h1>"
                    f"<p>{_PARA}</p></body></html>", "项目背景"),
])
def test_a_first_heading_naming_an_opening_part_is_a_part(name, text, first):
    doc = parse_document(text.encode("utf-8"), name)
    assert doc.headings[0].title == first
    assert len(doc.headings) == 3 and doc.title != first


@pytest.mark.parametrize("name, text, title", [
    ("report.md", f"# 调研报告\n\n{_PARA}\n\n# 背景\n\n{_PARA}\n\n# 方法\n\n{_PARA}\n\n# 结论\n\n{_PARA}\n", "调研报告"),
    ("overview.md", f"# 系统概述\n\n{_PARA}\n\n# 安装\n\n{_PARA}\n", "系统概述"),  # one part after it: its title
    ("intro.md", f"# 项目背景\n\n{_PARA}\n\n## 现状\n\n{_PARA}\n\n## 问题\n\n{_PARA}\n", "项目背景"),
])
def test_a_first_heading_that_titles_the_text_stays_its_title(name, text, title):
    assert parse_document(text.encode("utf-8"), name).title == title
