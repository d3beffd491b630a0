"""Session 74I: a decimal family 6.1 … 6.9, 6.10 in sequence is sections whatever its members look like (issue 9,
class 3): a member whose title opens with a counting character ('6.8 周报…', '6.10 成绩…', '9.2 角色表 sys_role')
is numbered between its siblings even when a bullet list follows it on the next line, or a Latin name its title;
and a job page's posts coded 'A1.', 'B1.' are its parts, the labels under each (the last one's too) their text."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from support import parse_document

from reader.text.codedparts import coded_parts
from reader.text.countedsubs import counted_subsections
from reader.text.markers import match_heading
from reader.text.model import Paragraph
from reader.text.partlabels import last_part_labels


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


# A job page's posts coded with a letter and a number ('A1.', 'B1.'): a grade and a rank within it, parts of the page
# no numbering family reads; the labels under each post ('岗位职责：' over its numbered duties) are its text.
def _coded(lines: list[str]) -> list[str]:
    """The markers the pass gives the lines."""
    paragraphs = [Paragraph(text, k + 1, 0) for k, text in enumerate(lines)]
    matches = [match_heading(text) for text in lines]
    coded_parts(paragraphs, matches)
    return [m.marker for m in matches if m is not None and m.family == "code"]


CODED = [
    ("posts under three grades", ["A1. 销售代表 底薪4000元", "正文", "B1. 前端工程师", "正文", "C1. 行政助理"],
     ["A1.", "B1.", "C1."]),
    ("a grade skipped, ranks within one", ["A1. 销售代表", "B1. 前端工程师", "B2. 后端工程师", "D1. 实习生"],
     ["A1.", "B1.", "B2.", "D1."]),
    ("a tab between title and pay", ["A1. 销售代表\t面议", "A2. 销售主管\t面议", "B1. 测试工程师\t面议"],
     ["A1.", "A2.", "B1."]),
    # what stays text
    ("two codes only", ["A1. 销售代表", "B1. 前端工程师"], []),
    ("codes out of order: a table's rows", ["B1. 前端工程师", "A1. 销售代表", "C1. 行政助理"], []),
    ("one letter: a serial, left to the title model", ["C01 张三（化名）", "C02. 李四（化名）", "C03. 王五"], []),
    ("sentences after the codes", ["A1. 纸张规格，按要求打印", "B2. 铅笔，备用", "C3. 其他，自备"], []),
]


@pytest.mark.parametrize(("case", "lines", "want"), CODED, ids=[c[0] for c in CODED])
def test_coded_posts(case: str, lines: list[str], want: list[str]) -> None:
    assert _coded(lines) == want, case


_DUTIES = """岗位职责：
1. 负责本岗位的日常工作，按时完成上级交办的任务；
2. 参与团队的计划制定与总结，及时反馈问题；

任职要求：
1. 大专及以上学历，相关专业优先；
2. 具有良好的沟通能力和团队合作精神；
"""
JOBS = f"""招聘启事

一、公司简介

本公司是一家专注于企业信息化服务的软件公司，业务覆盖全省，现因业务发展需要，面向社会招聘以下岗位人员。

二、招聘岗位

A1. 销售代表 底薪4000-6000元/月

{_DUTIES}
A2. 销售主管 薪资面议

{_DUTIES}
B1. 前端开发工程师 8000-12000元/月

{_DUTIES}
C1. 行政助理 4000元/月

{_DUTIES}"""


def test_a_job_pages_coded_posts_are_its_parts_and_their_labels_text() -> None:
    doc = parse_document(JOBS.encode("utf-8"))
    got = [(h.depth, h.marker) for h in doc.headings]
    assert got == [(1, "一、"), (1, "二、"), (2, "A1."), (2, "A2."), (2, "B1."), (2, "C1.")]
    assert next(h.title for h in doc.headings if h.marker == "B1.") == "前端开发工程师 8000-12000元/月"


def _trailing(lines: list[str], sections: list[int], labels: set[int], titles: set[int] = frozenset()) -> set[int]:
    """The labels after the run's last section that the pass takes for the last part's own."""
    paragraphs = [Paragraph(text, k + 1, 0) for k, text in enumerate(lines)]
    numbered = [SimpleNamespace(index=i) for i in sections]
    inside = [sections[0] < i < sections[-1] for i in range(len(lines))]
    return last_part_labels(labels, inside, numbered, paragraphs, titles)


_POSTS = ["A1. 销售代表", "岗位职责：", "任职要求：", "A2. 销售主管", "岗位职责：", "任职要求：", "B1. 行政助理",
          "岗位职责：", "任职要求："]


def test_the_last_posts_labels_are_its_text() -> None:
    assert _trailing(_POSTS, [0, 3, 6], {1, 2, 4, 5, 7, 8}) == {7, 8}


def test_a_title_after_the_last_post_ends_it() -> None:
    lines = _POSTS[:7] + ["联系我们", "岗位职责：", "任职要求："]
    assert _trailing(lines, [0, 3, 6], {1, 2, 4, 5, 8, 9}, titles={7}) == set()


def test_one_label_again_after_the_run_may_name_the_next_speaker() -> None:
    lines = ["1. 议题一", "张三：", "2. 议题二", "张三：", "3. 议题三", "张三："]
    assert _trailing(lines, [0, 2, 4], {1, 3, 5}) == set()
