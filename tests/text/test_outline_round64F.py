"""Round 64F: a page's row of tab links glued into one line ('<div class="tab"><a>玩法规则</a><a>玩法介绍</a>
<a>奖项规则</a></div>' read as '玩法规则玩法介绍奖项规则') is a menu: it no longer heads the text over '第一章', and the
removed list reads its labels apart. A heading whose text is one link, a table of contents of links under a heading
(or glued into one line, its links to the page's own parts), a line of a code block and a sentence that cites links
stay."""

from __future__ import annotations

import pytest

from reader.text.decode import decode_bytes
from reader.text.document import build_document
from reader.text.model import Document

_BODY = ("<p><b>第一章　总则</b></p>"
         "<p>第一条　根据《彩票管理条例》等有关规定，制定本规则，各销售机构应当遵照执行。</p>"
         "<p>第二条　本游戏由中国福利彩票发行管理中心发行和组织销售，由相关省福彩机构在所辖区域内销售。</p>"
         "<p><b>第二章　投注</b></p>"
         "<p>第三条　投注是指以三个号码组合为一注进行单式投注，每注金额人民币2元，购买者可多倍投注。</p>")


def _doc(html: str) -> Document:
    page = "<html><head><title>帮助中心</title></head><body>\n" + html + "\n</body></html>\n"
    return build_document(decode_bytes(page.encode("utf-8"), name="p.html"))


def _row(*labels: str, sep: str = "\n") -> str:
    return '<div class="tab">' + sep.join(f'<a href="/help/{k}.html">{t}</a>' for k, t in enumerate(labels)) + "</div>"


MENUS = [  # a block of two or more separate links and nothing else, over the text → kept out, read apart when removed
    (_row("玩法规则", "玩法介绍", "奖项规则"), "玩法规则 玩法介绍 奖项规则"),
    (_row("玩法规则", "玩法介绍", "奖项规则", sep=""), "玩法规则 玩法介绍 奖项规则"),
    (_row("公告", "规则"), "公告 规则"),
    ('<p><a href="/a">首页</a><a href="/b"><span>新闻</span>中心</a></p>', "首页 新闻中心"),
]


@pytest.mark.parametrize("row, removed", MENUS)
def test_a_row_of_links_is_a_menu_not_a_heading(row, removed):
    doc = _doc(row + _BODY)
    heads = [(h.depth, h.title) for h in doc.headings]
    assert heads[0] == (1, "总则")
    assert all("".join(removed.split()) not in "".join(p.text.split()) for p in doc.paragraphs)
    assert removed in [r.text for r in doc.removed]


KEPT = [  # one link, a list of links one a line, a heading of links, a sentence citing links → unchanged
    ('<h2><a href="/rules.html">玩法规则</a></h2>', "玩法规则"),
    ("<h3>目录</h3><ul><li><a href=\"#c1\">第一章 总则</a></li><li><a href=\"#c2\">第二章 投注</a></li></ul>",
     "第一章 总则"),
    ('<p>详见<a href="/a">玩法介绍</a>和<a href="/b">奖项规则</a>，购买前请仔细阅读。</p>',
     "详见玩法介绍和奖项规则，购买前请仔细阅读。"),
    ('<h2><a href="/a">玩法</a><a href="/b">规则</a></h2>', "玩法规则"),
    ('<p><a href="/a">玩法规则</a></p>', "玩法规则"),
    ('<p><span><a href="#c1">第一章 总则</a></span><span><a href="#c2">第二章 投注</a></span></p>',
     "第一章 总则第二章 投注"),  # a contents' links to the page's own parts, glued: no menu to other pages
    ('<pre><a href="/a">玩法</a> <a href="/b">规则</a></pre>', "玩法 规则"),  # a code block's line
]


@pytest.mark.parametrize("html, text", KEPT)
def test_a_single_link_or_cited_links_stay(html, text):
    doc = _doc(html + _BODY)
    shown = [doc.title] + [p.text for p in doc.paragraphs]  # (a heading over the page is its title)
    assert any("".join(text.split()) in "".join(t.split()) for t in shown)
    assert all("".join(text.split()) != "".join(r.text.split()) for r in doc.removed)
