"""Round 54H: web pages' and Markdown files' outlines, each rule built here from the shape a page or a file takes."""

from __future__ import annotations

import pytest

from reader.text.partnames import opening_name
from support import parse_document

PROSE = "本节说明项目的背景与目标，并给出后续各部分的安排，供参与者阅读。"


@pytest.mark.parametrize("line, named", [
    ("概述", True),
    ("序言", True),
    ("摘 要", True),
    ("前言：", True),
    ("緒論", True),
    ("项目概述", False),  # a part's own name, not the bare word
    ("更新日志", False),  # a changelog file is titled so
    ("参考文献", False),  # a closing part, never a file's first heading
    ("概述与展望", False),
])
def test_opening_name(line, named):
    assert opening_name(line) is named


def test_a_markdown_file_opening_with_its_overview_part_has_no_title_from_it():
    """'# 概述' then '# 评定方式': the file starts with its first part; both are its top-level sections."""
    text = f"# 概述\n\n{PROSE}\n\n# 评定方式\n\n{PROSE}\n\n## 计算公式\n\n{PROSE}\n\n## 参数解读\n\n{PROSE}\n"
    doc = parse_document(text.encode(), "plan.md")
    assert [(h.depth, h.title) for h in doc.headings] == [(1, "概述"), (1, "评定方式"), (2, "计算公式"), (2, "参数解读")]


def test_a_markdown_title_that_names_the_document_stays_its_title():
    """'# 贡献分配计划' over the same parts: a document's name, not an opening part's."""
    text = f"# 贡献分配计划\n\n{PROSE}\n\n## 评定方式\n\n{PROSE}\n\n## 计算公式\n\n{PROSE}\n"
    doc = parse_document(text.encode(), "plan.md")
    assert doc.title == "贡献分配计划"
    assert [(h.depth, h.title) for h in doc.headings] == [(1, "评定方式"), (1, "计算公式")]


def _chapter_page(top: str) -> str:
    sections = "".join(f"<h3>{t}</h3><p>{PROSE}{PROSE}</p>" for t in ("什么是区块链", "区块链的历史", "开始使用"))
    return (f"<html><head><title>第一章 {top} · 区块链入门</title></head><body>"
            f"<h1></h1><h2>{top}</h2><p>{PROSE}{PROSE}</p>{sections}</body></html>")


def test_a_chapter_page_whose_top_heading_is_its_overview_keeps_it_over_its_sections():
    """A book's chapter saved as a page: '<h2>概述</h2>' over its '<h3>'s is the chapter's first part, not the
    page's headline, and its sections nest under it."""
    doc = parse_document(_chapter_page("概述").encode(), "chapter.html")
    assert [(h.depth, h.title) for h in doc.headings] == [
        (1, "概述"), (2, "什么是区块链"), (2, "区块链的历史"), (2, "开始使用")]


def test_a_page_whose_top_heading_is_its_headline_keeps_it_as_the_title():
    """'<h2>区块链基础</h2>' over the same sections: the page's own headline, its sections at the top level."""
    doc = parse_document(_chapter_page("区块链基础").encode(), "chapter.html")
    assert doc.title == "区块链基础"
    assert [(h.depth, h.title) for h in doc.headings] == [(1, "什么是区块链"), (1, "区块链的历史"), (1, "开始使用")]


def _grouped_page(group: str) -> str:
    sections = "".join(f"<h2>{t}</h2><p>{PROSE}{PROSE}</p>" for t in ("事故经过", "家属说法", "园方回应"))
    return (f"<html><head><title>少女玩云霄飞车突然休克 | 日报</title></head><body><header>{group}</header>"
            f"<p>{PROSE}{PROSE}</p>{sections}</body></html>")


@pytest.mark.parametrize("group, titles", [
    # the <hgroup>'s second heading subtitles its headline: a line of the title, no section
    ("<hgroup><h1>少女玩云霄飞车突然休克</h1><h2>高速俯冲后失去意识 父亲跪求奇迹</h2></hgroup>",
     ["事故经过", "家属说法", "园方回应"]),
    # the same headings without the <hgroup>: the <h2> is a heading of the page like the others
    ("<h1>少女玩云霄飞车突然休克</h1><h2>高速俯冲后失去意识 父亲跪求奇迹</h2>",
     ["高速俯冲后失去意识 父亲跪求奇迹", "事故经过", "家属说法", "园方回应"]),
])
def test_an_hgroup_subtitle_is_no_section(group, titles):
    doc = parse_document(_grouped_page(group).encode(), "news.html")
    assert [h.title for h in doc.headings] == titles


def test_an_hgroup_headline_alone_is_still_the_title():
    doc = parse_document(_grouped_page("<hgroup><h1>少女玩云霄飞车突然休克</h1></hgroup>").encode(), "news.html")
    assert doc.title == "少女玩云霄飞车突然休克"
    assert [h.title for h in doc.headings] == ["事故经过", "家属说法", "园方回应"]


def test_a_lone_opening_name_over_the_whole_page_stays_its_headline():
    """'<h1>序言</h1>' the page's one marked heading: what the page made its headline, not a first part."""
    page = (f"<html><head><title>联盟宪章</title></head><body><h1>序言</h1><p>{PROSE}</p>"
            f"<p><strong>第一章 总则</strong></p><p>{PROSE}</p></body></html>")
    doc = parse_document(page.encode(), "charter.html")
    assert doc.title == "序言"
