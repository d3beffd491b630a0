"""Round 56F: headings a file marks (Markdown '#', HTML <hN>) against rules that read plain lines."""

from __future__ import annotations

import pytest

from reader.text.model import Paragraph
from reader.text.writermarks import writer_marked
from support import parse_document

PROSE = "本节说明系统的构成与各部分的职责，并给出后续各章的安排，供开发者查阅。"


@pytest.mark.parametrize(("paragraph", "marked"), [
    (Paragraph("系统架构", 1, 0, heading_level=2), True),  # '## 系统架构'
    (Paragraph("核心架構層級：", 1, 0, bold=True), True),  # a text file's '**核心架構層級：**'
    (Paragraph("思考题", 1, 0, anchor=True), True),  # kramdown's '思考题 {#questions}'
    (Paragraph("系统架构", 1, 0), False),  # a plain line, however it reads
    (Paragraph("图 1 系统架构", 1, 0, caption=True), False),  # a caption is marked, but not as a heading
    (Paragraph("1. 系统架构", 1, 0, listed=True), False),  # a list's item
])
def test_writer_marked(paragraph: Paragraph, marked: bool) -> None:
    assert writer_marked(paragraph) is marked


def _titles(text: str, name: str) -> list[str]:
    return [h.title for h in parse_document(text.encode(), name).headings]


@pytest.mark.parametrize(("source", "name", "lead"), [
    # the writer marked the lead-in alone, over a plain list: it heads that list
    (f"# 设计文档\n\n## 客户端\n\n{PROSE}\n\n### 客户端项目中，主要包含以下模块：\n\n- build：构建脚本\n- src：源码\n\n"
     f"### 服务端\n\n{PROSE}\n", "design.md", "客户端项目中，主要包含以下模块"),
    (f"# 总结\n\n## 成绩\n\n{PROSE}\n\n## 今后的工作重点如下：\n\n1. 招聘：补齐两名开发\n2. 培训：每月一次\n\n"
     f"{PROSE}\n\n## 致谢\n\n{PROSE}\n", "plan.md", "今后的工作重点如下"),
    ("<html><body><h1>创业十问</h1><h2>门槛</h2><p>" + PROSE + "</p><h2>那么该怎么做呢?我认为是：</h2>"
     "<p>一、找到突破口;</p><p>二、找到资金;</p><p>" + PROSE + "</p><h2>结语</h2><p>" + PROSE + "</p></body></html>",
     "page.html", "那么该怎么做呢?我认为是"),
])
def test_a_marked_lead_in_over_a_plain_list_stays_a_heading(source: str, name: str, lead: str) -> None:
    assert any(t.rstrip("：:") == lead for t in _titles(source, name))


@pytest.mark.parametrize(("source", "name", "lead"), [
    # the lines under it are marked as it is: the writer marks every line, the marks set the lead-in apart from nothing
    (f"# 论坛\n\n## 论坛主题\n\n{PROSE}\n\n### 具体分为如下议题：\n### （一）土壤与健康\n{PROSE}\n\n"
     f"### （二）土壤与生态\n{PROSE}\n", "forum.md", "具体分为如下议题"),
    (f"# 总结\n\n## 1.复盘\n### 原因列了以下几点：\n+ ### 当时看懂过后就忘了\n+ ### 基础还是差\n## 2.计划\n{PROSE}\n",
     "review.md", "原因列了以下几点"),
    # a plain line is read as before
    (f"# 总结\n\n## 成绩\n\n{PROSE}\n\n今后的工作重点如下\n\n1. 招聘：补齐两名开发\n2. 培训：每月一次\n\n"
     f"## 致谢\n\n{PROSE}\n", "plain.md", "今后的工作重点如下"),
    ("时间和地点如下\n东区：周三晚\n西区：周四晚\n", "plain.txt", "时间和地点如下"),
])
def test_a_lead_in_the_marks_do_not_set_apart_is_no_section(source: str, name: str, lead: str) -> None:
    assert all(t.rstrip("：:") != lead for t in _titles(source, name))


def test_a_marked_section_over_a_contents_list_naming_the_title_is_no_banner():
    """'## 小组成员' over '## 目录', whose first entry names the title: the file's own sections, no site's banner."""
    text = (f"# 调研报告\n\n## 小组成员\n\n张三 李四 王五\n\n## 目录\n\n- [调研报告](#调研报告)\n  - [小组成员](#小组成员)\n"
            f"  - [项目概述](#项目概述)\n\n## 项目概述\n\n{PROSE}\n\n## 项目背景\n\n{PROSE}\n")
    assert "小组成员" in _titles(text, "report.md")


def test_a_page_banner_above_the_title_shown_again_is_still_dropped():
    """'网易新闻' between the page's title and its headline, as a plain line: the site's banner, as before."""
    text = (f"<html><head><title>大数据如何创业</title></head><body><p>网易新闻</p><h1>大数据如何创业</h1>"
            f"<h2>门槛</h2><p>{PROSE}</p><h2>结语</h2><p>{PROSE}</p></body></html>")
    assert "网易新闻" not in _titles(text, "page.html")


def _depths(text: str, name: str) -> list[tuple[int, str]]:
    return [(h.depth, h.title) for h in parse_document(text.encode(), name).headings]


_RULED_MINUTES = (f"# 第六次会议\n\n## 信息\n\n{PROSE}\n\n------\n\n## 议程\n\n{PROSE}\n\n------\n\n"
                  f"## 纪要\n\n### 结论\n\n{PROSE}\n\n"
                  f"------\n\n### 上次任务回顾\n\n{PROSE}\n\n### 行动项\n\n{PROSE}\n\n------\n\n## 备注\n\n{PROSE}\n")


def test_a_ruled_part_keeps_the_depth_its_marks_give():
    """'### 上次任务回顾' after '---' inside '## 纪要': the marks say it is 纪要's section, not beside it."""
    assert _depths(_RULED_MINUTES, "minutes.md") == [(1, "信息"), (1, "议程"), (1, "纪要"), (2, "结论"),
                                                     (2, "上次任务回顾"), (2, "行动项"), (1, "备注")]


def test_a_ruled_part_marked_shallower_still_goes_beside():
    """'## 进阶玩法' after '---' under '### 第二步': lifted as before (its marks put it no deeper)."""
    text = (f"# 教程\n\n---\n\n## 前言\n\n{PROSE}\n\n---\n\n## 手把手教程\n\n### 第一步\n\n{PROSE}\n\n---\n\n"
            f"### 第二步\n\n{PROSE}\n\n---\n\n## 进阶玩法\n\n{PROSE}\n\n---\n\n## 结语\n\n{PROSE}\n")
    got = _depths(text, "guide.md")
    assert (1, "进阶玩法") in got and (1, "结语") in got
