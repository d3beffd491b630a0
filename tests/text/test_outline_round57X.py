"""Round 57X: a saved page's hidden elements are no text of the page: a script's hidden copy of the article
('<div class="bbnr" style="display:none">'), a login box shown only after signing in, a menu a script unfolds. A
hidden part whose sentences the page shows nowhere else is its own text (a tab a script opens), and so are the other
tabs of its kind; a hidden byline is the page's record of its author; 'aria-hidden' hides from screen readers only."""

from __future__ import annotations

import pytest

from reader.text.htmlpage import html_blocks
from pagetexts import ARTICLE, CHARTER, PARAS



def _texts(page: str) -> list[str]:
    return [b.text for b in html_blocks(f"<html><body>{page}</body></html>")]


@pytest.mark.parametrize("hidden, gone", [
    # a script's plain copy of the article, its paragraphs run together
    ('<div class="bbnr" style="display:none;">广州美妆产业持续发力' + "　　".join(PARAS) + "</div>", "　　"),
    ('<ul><li class="dl" id="login" style="DISPLAY : None !important">用户登录</li></ul>', "用户登录"),
    ('<ul class="mainnav" style="top: -50px; visibility: hidden; position: fixed">'
     '<li><a href="/">首页</a></li><li><a href="/zw">政务公开</a></li></ul>', "首页"),
    ('<div hidden><h4>搜索</h4><p>关键词</p></div>', "搜索"),
    ('<div hidden=""><p>扫一扫在手机打开当前页</p></div>', "扫一扫"),
])
def test_what_a_browser_hides_is_left_out(hidden, gone):
    texts = _texts(ARTICLE + hidden)
    assert texts == ["广州美妆产业持续发力"] + PARAS
    assert not any(gone in t for t in texts)


def test_a_hidden_span_leaves_its_line_whole():
    assert _texts('<p>发布时间：2025-03-04<time style="display: none;">2025-10-30</time></p>') == ["发布时间：2025-03-04"]


@pytest.mark.parametrize("page, kept", [
    # the page's tabs: the charter is in a hidden tab, its only copy, and the members' tab is of the same kind
    ('<div class="main contab"><h2>协会简介</h2><p>镇海区信息技术协会成立于2010年。</p></div>'
     f'<div class="main contab" style="display:none"><h2>协会章程</h2>{CHARTER}</div>'
     '<div class="main contab" style="display:none"><h2>组织机构</h2><p>会长单位：镇海智慧城市运营有限公司</p></div>',
     ["协会章程", "第一条", "第三条", "组织机构", "会长单位"]),
    # '展开全文': the rest of the article waits behind a button
    (f'<p>{PARAS[0]}</p><a href="javascript:;">展开全文</a><div style="display:none">{CHARTER}</div>',
     ["第一条", "第三条"]),
    # a crawler's byline: the page's only statement of its author and source
    (ARTICLE + '<div id="BaiduSpider" style="display:none"><span>2020-07-04 12:10:24</span>'
     '<span>来源：<a href="">求是网</a></span><span>作者：陈海峰</span></div>', ["来源：求是网", "作者：陈海峰"]),
    # shown, though a style names 'display' or 'hidden' in other ways
    ('<p style="display:block;overflow:hidden">可见的段落</p><p style="x-display:none">另一段</p>'
     '<p style="visibility: visible">第三段</p>', ["可见的段落", "另一段", "第三段"]),
    # 'until-found' is text a search reveals; 'aria-hidden' is a formula's rendering a reader sees (KaTeX)
    ('<p hidden="until-found">折叠的答案</p><p>检验<span class="katex-html" aria-hidden="true">1σ</span>范围</p>',
     ["折叠的答案", "检验1σ范围"]),
])
def test_hidden_text_that_is_the_pages_own_stays(page, kept):
    text = "\n".join(_texts(page))
    for k in kept:
        assert k in text


def test_a_page_saved_without_its_frame_keeps_its_hidden_title():
    page = ('<table><tr><td><h1 style="display:none;">国家能源局综合司关于做好电力行业火灾防控工作的通知</h1>'
            f'<p>{PARAS[0]}</p></td></tr></table>')
    assert _texts(page)[0] == "国家能源局综合司关于做好电力行业火灾防控工作的通知"


def test_a_hidden_title_beside_the_pages_own_is_left_out():
    page = ('<html><head><title>年终总结</title></head><body><h1 style="display: none">年终总结</h1>'
            f'<div class="post-title">年终总结</div><p>{PARAS[0]}</p></body></html>')
    assert [b.text for b in html_blocks(page)] == ["年终总结", PARAS[0]]
