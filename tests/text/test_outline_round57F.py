"""A saved page's headings that its h-tags do not mark: a FAQ's 'Q：…？ A：…' paragraphs under '<h2>常见问题', and an
editor's sub-heads set as bold paragraphs over the prose of an h-tag's section; and the bold lines that stay text."""

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
_BOLD = ("<h2>光明日报</h2>\n<h3>彰显红色基调 力求新意充盈</h3>\n" + _PROSE.format("开篇，")
         + "<p><strong>主旋律可以很好看</strong></p>\n" + _PROSE.format("其一，") + _PROSE.format("其二，")
         + "<p><strong>戏是“磕”出来的</strong></p>\n" + _PROSE.format("其三，")
         + "<p><b>演员为角色自我加压</b></p>\n" + _PROSE.format("其四，"))


@pytest.mark.parametrize("body, want", [
    ("<h2>概述</h2>\n" + _PROSE.format("") + "<h2>常见问题</h2>\n" + _FAQ,
     [(1, "概述"), (1, "常见问题"), (2, "Q：为什么我运行不了程序？"), (2, "Q：这个软件可以给人声配和声吗？"),
      (2, "Q：为什么我无法读取文件？"), (2, "Q：最后的和声不和谐，怎么办？")]),
    (_BOLD, [(1, "彰显红色基调 力求新意充盈"), (2, "主旋律可以很好看"), (2, "戏是“磕”出来的"), (2, "演员为角色自我加压")]),
])
def test_headings_a_page_marks_without_h_tags(body, want):
    assert _titles(body) == want


@pytest.mark.parametrize("body, bold", [
    # one bold line alone is emphasis, not a section's parts
    ("<h2>活动介绍</h2>\n" + _PROSE.format("") + "<p><strong>报名从速</strong></p>\n" + _PROSE.format("另外，"),
     ["报名从速"]),
    # a label said under every item
    ("<h2>方案</h2>\n" + "".join(f"<h3>问题{n}</h3>\n" + _PROSE.format("") + "<p><strong>解决方案</strong></p>\n"
                                 + _PROSE.format("做法是") for n in "一二三"), ["解决方案"]),
    # a field, an aside in brackets, a stressed sentence
    ("<h2>笔记</h2>\n<p><b>编者：张三</b></p>\n" + _PROSE.format("") + "<p><b>（计算题在此）</b></p>\n"
     + _PROSE.format("") + "<p><b>交换机可以很方便地实现虚拟局域网。</b></p>\n" + _PROSE.format(""),
     ["编者：张三", "（计算题在此）", "交换机可以很方便地实现虚拟局域网。"]),
    # bold lines one after another: a passage stressed (the first of each the plain-text rules read as before)
    ("<h2>须知</h2>\n" + _PROSE.format("") + "<p><b>务必遵守</b></p>\n<p><b>不得违反</b></p>\n" + _PROSE.format("")
     + "<p><b>安全第一</b></p>\n<p><b>预防为主</b></p>\n" + _PROSE.format(""), ["不得违反", "预防为主"]),
])
def test_bold_lines_that_stay_text(body, bold):
    assert not {t for _, t in _titles(body)} & set(bold)


def test_two_questions_are_no_faq():
    """Two 'Q：…？ A：…' paragraphs are an example in the text, not a FAQ's list of questions (as without h-tags)."""
    body = "<h2>概述</h2>\n" + _PROSE.format("") + "<h2>示例</h2>\n" + "".join(_FAQ.splitlines(True)[:4])
    assert _titles(body) == [(1, "概述"), (1, "示例")]
