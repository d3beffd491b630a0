"""Round 55B: a title printed twice, its copy on the very next line (or under the page's address set between them),
is one title: the copy heads nothing. Two titles alike with a blank line between, and an article's sentence said
twice, stay as written."""

from __future__ import annotations

import pytest

from support import parse_document

from reader.text.candidate import Candidate
from reader.text.doubledtitles import drop_doubled_titles
from reader.text.model import Paragraph

B1 = "这一部分说明我们在项目开始时遇到的主要困难，以及团队为了解决这些困难所做的各种尝试和最终的选择。"
B2 = "测试的时候我们把每一个模块分开运行，记录它们各自所用的时间和内存，再把结果汇总起来进行比较。"


def _titles(text: str) -> list[tuple[int, str]]:
    doc = parse_document(text.encode("utf-8"), name="doc.txt")
    return [(h.line, h.title) for h in doc.headings]


@pytest.mark.parametrize("gap, want", [
    ("\n", [(3, "开发环境"), (7, "常用工具"), (12, "部署方式")]),  # the copy right under: one title
    ("\n\n", [(3, "开发环境"), (7, "常用工具"), (9, "常用工具"), (13, "部署方式")]),  # a blank line between: as written
])
def test_a_title_printed_twice_is_one_title(gap, want):
    """'常用工具' over '常用工具' in a note of unnumbered titles: the first stands, the copy is no section."""
    text = f"学习笔记\n\n开发环境\n\n{B1}\n\n常用工具{gap}常用工具\n\n{B2}\n\n部署方式\n\n{B1}\n"
    assert _titles(text) == want


def test_an_article_said_twice_stays_twice():
    """'第一条 本会名称为…。' twice: a sentence the text numbers twice, not a title printed twice."""
    text = "某某协会章程\n\n第一章 总则\n\n第一条 本会名称为某某协会。\n第一条 本会名称为某某协会。\n第二条 本会是非营利组织。\n"
    assert [t for _, t in _titles(text)].count("第一条") == 2


def _dropped(rows: list[tuple[str, int, bool]]) -> list[int]:
    """Rows (text, line, kept as a title) as paragraphs and candidates: the indexes the rule drops."""
    paragraphs = [Paragraph(text, line, 0) for text, line, _ in rows]
    candidates = [Candidate(i, None, "sub", accepted=kept) for i, (_, _, kept) in enumerate(rows)]
    drop_doubled_titles(candidates, paragraphs)
    return [i for i, (c, (_, _, kept)) in enumerate(zip(candidates, rows)) if kept and not c.accepted]


@pytest.mark.parametrize("rows, want", [
    ([("C++", 1, True), ("C++", 2, True)], [1]),  # adjacent lines
    ([("第一节 连续体系梁桥的特点\uf0c1", 1, True), ("第一节  连续体系梁桥的特点", 2, True)], [1]),  # anchor, spaces
    ([("谢泳：西南联大", 1, True), ("https://www.163.com/news/article/5CU.html", 3, False), ("谢泳：西南联大", 4, True)],
     [2]),  # the saved page's address between the page's title and the article's
    ([("谢泳：西南联大", 1, True), ("网易历史", 3, False), ("谢泳：西南联大", 4, True)], []),  # not an address
    ([("热点新闻", 1, True), ("热点新闻", 3, True)], []),  # a blank line between
    ([("C++", 1, False), ("C++", 2, True)], []),  # the line above is no title
    ([("C++", 1, True), ("C井", 2, True)], []),  # other words
    ([("本项目的目标是把系统部署到生产环境当中，并保证它在高并发的情况下也能稳定运行和快速地响应用户的请求", 1, True),
      ("本项目的目标是把系统部署到生产环境当中，并保证它在高并发的情况下也能稳定运行和快速地响应用户的请求", 2, True)], []),  # a paragraph
    ([("第一条：本制度自公布之日执行。", 1, True), ("第一条：本制度自公布之日执行。", 2, True)], []),  # a sentence
])
def test_drop_doubled_titles(rows, want):
    assert _dropped(rows) == want
