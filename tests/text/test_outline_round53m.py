"""Forms met in meeting records and talks, each built here from its shape (round 53, helper M)."""

from __future__ import annotations

import pytest

from reader.text.model import Heading
from reader.text.templatelabels import even_template_labels
from support import parse_document


def _outline(rows: list[tuple[int, str]]) -> list[Heading]:
    return [Heading(depth, "", title, k + 1, 0) for k, (depth, title) in enumerate(rows)]


def _depths(rows: list[tuple[int, str]]) -> list[int]:
    return [h.depth for h in even_template_labels(_outline(rows))]


@pytest.mark.parametrize("rows, want", [
    # three meetings written from one form; the first one's '会议决定' was read inside its discussion
    ([(1, "三月例会"), (2, "讨论事项"), (3, "预算"), (3, "会议决定"), (4, "经费"),
      (1, "四月例会"), (2, "讨论事项"), (2, "会议决定"),
      (1, "五月例会"), (2, "讨论事项"), (2, "会议决定")],
     [1, 2, 3, 2, 3, 1, 2, 2, 1, 2, 2]),
    # each speaker's '简介' read at the top once: it goes under its speaker like the others, the next speaker stays
    ([(1, "专场一"), (2, "张三：题目甲"), (3, "简介"), (2, "李四：题目乙"), (1, "简介"), (2, "王五：题目丙"),
      (3, "简介"), (2, "赵六：题目丁"), (3, "简介")],
     [1, 2, 3, 2, 3, 2, 3, 2, 3]),
    # read one level too high with its own items: they go down with it
    ([(1, "甲"), (2, "优点"), (3, "界面"), (1, "乙"), (1, "优点"), (2, "界面"), (1, "丙"), (2, "优点")],
     [1, 2, 3, 1, 2, 3, 1, 2]),
])
def test_a_form_label_read_at_one_depth_everywhere_but_once_takes_that_depth(rows, want):
    assert _depths(rows) == want


@pytest.mark.parametrize("rows", [
    # said twice only: two titles that happen to agree, no form
    [(1, "上篇"), (2, "小结"), (1, "下篇"), (3, "小结")],
    # depths split two and two: no level the form keeps
    [(1, "甲"), (2, "备注"), (1, "乙"), (2, "备注"), (1, "丙"), (3, "备注"), (1, "丁"), (3, "备注")],
    # a part titled as its first section, stacked: the two depths differ on purpose
    [(1, "热点新闻"), (2, "热点新闻"), (2, "要闻"), (1, "财经"), (2, "热点新闻"), (1, "体育"), (2, "热点新闻")],
    # the form's labels disagree: '缺点' read deeper once, where '优点' before it stands at the depth '优点' always has
    [(1, "甲"), (2, "功能"), (3, "优点"), (3, "缺点"), (1, "乙"), (2, "功能"), (3, "优点"), (2, "缺点"),
     (1, "丙"), (2, "功能"), (3, "优点"), (2, "缺点"), (1, "丁"), (2, "功能"), (3, "优点"), (2, "缺点")],
    # a long sentence said again is no form's label
    [(1, "甲"), (2, "我们下一步需要把这些问题逐一解决"), (1, "乙"), (2, "我们下一步需要把这些问题逐一解决"),
     (1, "丙"), (3, "我们下一步需要把这些问题逐一解决")],
    # the odd one would stand two levels under the heading before it: its parent is missing, leave it
    [(1, "会场"), (1, "简介"), (1, "甲"), (2, "乙"), (3, "简介"), (2, "丙"), (3, "简介")],
])
def test_other_recurring_titles_keep_their_depths(rows):
    assert _depths(rows) == [d for d, _ in rows]


def _record(n: str, date: str, first: str, second: str) -> list[str]:
    return [f"第{n}次（2024.{date}）", "", first, "", "- 地点：图书馆研讨室", "- 成员：全体组员", "", second, "",
            "- 确定下周的开发任务；", "- 整理本周的问题清单。", ""]


@pytest.mark.parametrize("first, second", [("概况", "结论"), ("基本情况", "会议小结"), ("概要", "决议")])
def test_weekly_records_keep_their_labels_at_one_level(first, second):
    """Four weekly records from one form: the first record's second label stands where the others' do."""
    lines = ["小组周会记录", ""]
    for n, date in (("一", "3.1"), ("二", "3.8"), ("三", "3.15"), ("四", "3.22")):
        lines += _record(n, date, first, second)
    doc = parse_document("\n".join(lines).encode(), "notes.txt")
    assert [h.depth for h in doc.headings if h.title == second] == [2, 2, 2, 2]


NOTE = "这本书讲的是作者多年工作中的体会，读下来最大的收获是学会了先想清楚问题再动手。"


def _notes(*lines: str) -> list[tuple[int, str]]:
    doc = parse_document("\n".join(lines).encode(), "notes.txt")
    return [(h.depth, h.title) for h in doc.headings]


@pytest.mark.parametrize("lines, years", [
    # a reading log, newest year first: each year heads that year's books
    (["读书记录", "", NOTE, "", "2023", "", "人月神话", "", NOTE, "", "代码大全", "", NOTE, "",
      "2022", "", "黑客与画家", "", NOTE, "", "重构：改善既有代码的设计", "", NOTE], ["2023", "2022"]),
    # a group's minutes, oldest year first
    (["组会记录", "", "2019", "", "03/05 第一次组会", "", NOTE, "", "04/12 第二次组会", "", NOTE, "",
      "2020", "", "02/20 第三次组会", "", NOTE, "", "2021", "", "03/01 第四次组会", "", NOTE], ["2019", "2020", "2021"]),
])
def test_bare_years_in_order_divide_a_log(lines, years):
    assert [t for d, t in _notes(*lines) if d == 1 and t.isdigit()] == years


@pytest.mark.parametrize("lines", [
    # one year alone: a number that may be anything
    ["读书记录", "", NOTE, "", "2023", "", "《人月神话》", "", NOTE, "", "《代码大全》", "", NOTE],
    # the same year twice: no order
    ["读书记录", "", "2023", "", NOTE, "", "2023", "", NOTE],
    # out of order: page numbers of a long scan, or anything but a log's years
    ["读书记录", "", "2021", "", NOTE, "", "2023", "", NOTE, "", "2022", "", NOTE],
    # a page number among them: the bare numbers are pages
    ["读书记录", "", "2023", "", NOTE, "", "12", "", NOTE, "", "2022", "", NOTE],
    # years one under another: a column, no dividers
    ["历年招生人数", "", NOTE, "", "2021", "2022", "2023", "", NOTE],
])
def test_other_bare_numbers_are_no_titles(lines):
    assert not [t for _, t in _notes(*lines) if t.strip().isdigit()]
