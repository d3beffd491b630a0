"""Session 74I: a decimal family 6.1 … 6.9, 6.10 in sequence is sections whatever its members look like (issue 9,
class 3): a member whose title opens with a counting character ('6.8 周报…', '6.10 成绩…', '9.2 角色表 sys_role')
is numbered between its siblings even when a bullet list follows it on the next line, or a Latin name its title."""

from __future__ import annotations

import pytest
from support import parse_document

from reader.text.countedsubs import counted_subsections
from reader.text.markers import match_heading
from reader.text.model import Paragraph


def _filled(lines: list[str]) -> list[str]:
    """The markers the pass gives the lines `match_heading` turned down."""
    paragraphs = [Paragraph(text, k + 1, 0) for k, text in enumerate(lines)]
    matches = [match_heading(text) for text in lines]
    before = list(matches)
    counted_subsections(paragraphs, matches)
    return [f"{m.marker} {m.title}" for m, was in zip(matches, before) if m is not None and was is None]


_TABLES = ["4.1 订单表 orders", "{}", "4.3 商品表 goods"]

# (case, the line between 4.1 and 4.3, what the pass numbers)
CASES = [
    ("角 opens 角色表, a Latin table name after it", "4.2 角色表 user_role", ["4.2 角色表 user_role"]),
    ("周 opens 周报表, a Latin name after it", "4.2 周报表 weekly", ["4.2 周报表 weekly"]),
    ("成 opens 成绩表, two spaces before the name", "4.2 成绩表  grade_item", ["4.2 成绩表  grade_item"]),
    # what stays a quantity or a sentence
    ("a number in the name: a measure goes on with numbers", "4.2 万元 v2", []),
    ("two Latin words: no one name", "4.2 角色表 user role", []),
    ("a sentence after the name", "4.2 角色表 roles，存放角色", []),
]


@pytest.mark.parametrize(("case", "line", "want"), CASES, ids=[c[0] for c in CASES])
def test_a_counted_subsection_with_a_latin_name(case: str, line: str, want: list[str]) -> None:
    assert _filled([line if text == "{}" else text for text in _TABLES]) == want, case


# a project plan's modules, each over its bullet list with no blank line between: 6.8 reads as 6.8 weeks, 6.10 as
# 6.10 tenths, and a line the reader does not take for a heading ran on into the first item under it
PLAN = """课程平台建设方案

六、功能模块

6.1 用户权限模块
- 账号注册与登录
- 角色与权限分配

6.2 课程管理模块
- 课程创建与归档
- 课程成员管理

6.3 课题管理模块
- 教师发布课题
- 学生浏览课题

6.4 分组管理模块
- 学生自由组队
- 教师调整分组

6.5 任务管理模块
- 阶段任务发布
- 任务截止提醒

6.6 材料提交模块
- 上传报告与代码
- 提交记录查询

6.7 审核评价模块
- 教师审阅学生提交
- 审核意见可退回修改

6.8 周报/进度模块
- 学生每周填写周报
- 教师查看完成情况

6.9 答辩管理模块
- 答辩时间与顺序安排
- 答辩记录归档

6.10 成绩管理模块
- 平时成绩与期末成绩
- 总评按比例计算

6.11 通知公告模块
- 发布课程通知
- 站内消息提醒

七、部署说明

系统部署在学校机房的虚拟机上，由信息中心统一负责日常的运行与维护工作。
"""


def test_a_plans_modules_over_their_lists_are_its_sections() -> None:
    doc = parse_document(PLAN.encode("utf-8"))
    got = [(h.depth, h.marker) for h in doc.headings]
    assert got == [(1, "六、")] + [(2, f"6.{n}") for n in range(1, 12)] + [(1, "七、")]
    assert next(h.title for h in doc.headings if h.marker == "6.8") == "周报/进度模块"


def test_the_list_under_a_module_keeps_its_first_item() -> None:
    doc = parse_document(PLAN.encode("utf-8"))
    assert "- 学生每周填写周报" in [p.text for p in doc.paragraphs]
