"""A saved page's sub-heads set in bold by a style ('<p style="font-weight:bold">', a Word export's
'<span style="font-weight: 700">') are read as the ones set in <b> / <strong> are; a style that is not bold, or
bold that covers part of a line only, leaves the line as text."""

from __future__ import annotations

import pytest

from reader.text.htmlpage import html_blocks
from support import parse_document

_PROSE = "<p>{}这一段是正文，讲的是这个部分的具体内容，写得比较长，读者读到这里就知道了来龙去脉。</p>\n"


def _page(body: str) -> bytes:
    return f"<html><head><title>页面</title></head><body><article>{body}</article></body></html>".encode()


def _titles(body: str) -> list[tuple[int, str]]:
    return [(h.depth, h.title) for h in parse_document(_page(body), "page.html").headings]


def _section(*heads: str) -> str:
    """An h-tag's section whose parts open with the given bold paragraphs, each over prose."""
    return "<h2>光明日报</h2>\n<h3>彰显红色基调 力求新意充盈</h3>\n" + _PROSE.format("开篇，") + "".join(
        head + "\n" + _PROSE.format("其一，") for head in heads)


@pytest.mark.parametrize("heads", [
    ('<p style="font-weight:bold">主旋律可以很好看</p>', '<p style="FONT-WEIGHT: bold">戏是“磕”出来的</p>'),
    ('<p><span style="font-family:宋体;font-weight: 700">主旋律可以很好看</span></p>',
     '<p><span style="font-weight:bolder;color:#000">戏是“磕”出来的</span></p>'),
    ('<p style="font-weight:600"><span>主旋律可以很好看</span></p>', '<p><b>戏是“磕”出来的</b></p>'),
])
def test_sub_heads_a_style_sets_in_bold(heads):
    assert _titles(_section(*heads)) == [(1, "彰显红色基调 力求新意充盈"), (2, "主旋律可以很好看"), (2, "戏是“磕”出来的")]


@pytest.mark.parametrize("html, strong", [
    ('<p style="font-weight:bold">小标题</p>', True),
    ('<div style="font-weight:700"><p>一</p><p>二</p></div><p>三</p>', False),  # the style ends with its element
    ('<p style="font-weight:normal">小标题</p>', False),
    ('<p style="font-weight:400">小标题</p>', False),
    ('<p><span style="font-weight:bold">小</span>标题</p>', False),  # part of the line only
    ('<p style="font-weight:bold">小<span style="color:red">标题</span></p>', True),
])
def test_which_lines_a_style_sets_in_bold(html, strong):
    blocks = html_blocks(f"<html><body>{html}</body></html>")
    assert blocks[-1].strong is strong
