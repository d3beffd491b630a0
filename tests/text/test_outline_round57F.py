"""A saved page's headings that its h-tags do not mark: a FAQ's 'Q：…？ A：…' paragraphs under '<h2>常见问题'."""

from __future__ import annotations

import pytest

from support import parse_document

_PROSE = "<p>{}这一段是正文，讲的是这个部分的具体内容，写得比较长，读者读到这里就知道了来龙去脉。</p>\n"


def _page(body: str) -> bytes:
    return f"<html><head><title>页面</title></head><body><article>{body}</article></body></html>".encode()


def _titles(body: str) -> list[tuple[int, str]]:
    return [(h.depth, h.title) for h in parse_document(_page(body), "page.html").headings]


_FAQ = "".join(f"<p><strong>Q：{q}？</strong>\nA：{a}。</p>\n" for q, a in (
    ("为什么我运行不了程序", "请安装运行库"), ("这个软件可以给人声配和声吗", "不能分析人声音轨"),
    ("为什么我无法读取文件", "请确认文件格式"), ("最后的和声不和谐，怎么办", "请检查调性标记")))


@pytest.mark.parametrize("body, want", [
    ("<h2>概述</h2>\n" + _PROSE.format("") + "<h2>常见问题</h2>\n" + _FAQ,
     [(1, "概述"), (1, "常见问题"), (2, "Q：为什么我运行不了程序？"), (2, "Q：这个软件可以给人声配和声吗？"),
      (2, "Q：为什么我无法读取文件？"), (2, "Q：最后的和声不和谐，怎么办？")]),
])
def test_headings_a_page_marks_without_h_tags(body, want):
    assert _titles(body) == want


def test_two_questions_are_no_faq():
    """Two 'Q：…？ A：…' paragraphs are an example in the text, not a FAQ's list of questions (as without h-tags)."""
    body = "<h2>概述</h2>\n" + _PROSE.format("") + "<h2>示例</h2>\n" + "".join(_FAQ.splitlines(True)[:4])
    assert _titles(body) == [(1, "概述"), (1, "示例")]
