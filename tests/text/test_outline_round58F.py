"""Round 58F: what a saved page's own stylesheet hides is no text of the page, as an inline 'display:none' is not:
'.bbnr{display:none}', '#share{display:none}', '.hide, .hidden {display: none !important}' in a <style> element
(in the head or the body, before or after the element). Only plain class and id selectors (a tag with one of them)
count, in rules every screen applies, for names no rule shows again; a hidden part that holds the page's only copy of
its prose (a tab, '展开全文') stays, as it does when hidden inline."""

from __future__ import annotations

import pytest

from reader.text.htmlpage import html_blocks
from pagetexts import ARTICLE, CHARTER, PARAS



def _texts(style: str, body: str) -> list[str]:
    return [b.text for b in html_blocks(f"<html><head><style>{style}</style></head><body>{body}</body></html>")]


@pytest.mark.parametrize("style, hidden, gone", [
    # a script's plain copy of the article, hidden by its class
    (".bbnr{display:none}", '<div class="bbnr">广州美妆产业持续发力' + "　　".join(PARAS) + "</div>", "　　"),
    ("#share{display:none}", '<div id="share"><span>分享到：</span><a href="#">微信</a></div>', "分享到"),
    # a list of selectors, spaces and '!important', upper case, a comment before it
    ("/* pop-ups */ .hide, .hidden {display: none !important}", '<div class="app hidden">光明日报客户端 立即打开</div>',
     "立即打开"),
    ("DIV.popup { DISPLAY : NONE }", '<div class="popup"><p>您认为这篇文章与新一网相关度高吗？</p></div>', "相关度"),
    ('@charset "utf-8"; @import url(a.css); #fmblogpop{position:fixed;display:none}',
     '<div id="fmblogpop"><p>用户登录</p></div>', "用户登录"),
    ("@media screen { .vote { visibility: hidden } }", '<div class="vote">高 一般 不相关</div>', "不相关"),
    # an editor's measuring line in a page exported from Typora
    (".CodeMirror-measure { position: absolute; display: none; }",
     '<pre><div class="CodeMirror-measure"><pre>xxxxxxxxxx12</pre></div></pre>', "xxxxxxxxxx"),
])
def test_what_the_pages_stylesheet_hides_is_left_out(style, hidden, gone):
    texts = _texts(style, ARTICLE + hidden)
    assert texts == ["广州美妆产业持续发力"] + PARAS
    assert not any(gone in t for t in texts)


@pytest.mark.parametrize("media, hides", [("", True), (' media="screen"', True), (" media=all", True),
                                          (' media="print"', False), (' media="(max-width: 600px)"', False)])
def test_a_style_element_hides_for_the_media_it_names(media, hides):
    page = f'<html><head><style{media}>.bsBox{{display:none}}</style></head><body>{ARTICLE}<p class="bsBox">分享到</p>'
    assert ("分享到" in [b.text for b in html_blocks(page + "</body></html>")]) is not hides


def test_a_style_element_after_the_element_hides_it_too():
    page = f'<html><body>{ARTICLE}<div class="bsBox">选择其他平台 分享到</div><style>.bsBox{{display:none}}</style>'
    assert [b.text for b in html_blocks(page + "</body></html>")] == ["广州美妆产业持续发力"] + PARAS


@pytest.mark.parametrize("style, body, kept", [
    # a tab a script opens: the stylesheet shows it in another state
    (".tab-pane{display:none} .tab-pane.active{display:block}",
     '<div class="tab-pane active"><p>会员名单</p></div><div class="tab-pane"><p>第一条 协会宗旨</p></div>',
     ["会员名单", "第一条 协会宗旨"]),
    # shown only on some screens, or printed only
    ("@media (max-width: 768px) { .pc { display: none } } @media print { .screen { display: none } }",
     '<p class="pc">电脑版的段落</p><p class="screen">屏幕上的段落</p>', ["电脑版的段落", "屏幕上的段落"]),
    # selectors with combinators, bare tags, pseudo-classes are not read
    (".box .note{display:none} body{display:none} p:first-child{display:none} [hidden]{display:none}",
     '<div class="box"><p class="note">注释段落</p></div><p>普通段落</p>', ["注释段落", "普通段落"]),
    # the element's own style shows it; other declarations than display and visibility
    (".fold{display:none} .x{overflow:hidden;text-overflow:none}",
     '<p class="fold" style="display:block">展开的段落</p><p class="x">截断的段落</p>', ["展开的段落", "截断的段落"]),
    # the rest of the article behind '展开全文': its only copy
    (".more-content{display:none}", f'<p>{PARAS[0]}</p><a href="javascript:;">展开全文</a>'
     f'<div class="more-content">{CHARTER}</div>', ["第一条", "第三条"]),
    # a rule inside an unclosed or stray brace, and a class that only shares a prefix
    ("}.hid{display:none", '<p class="hidden-xs">段落甲</p><p class="hid2">段落乙</p>', ["段落甲", "段落乙"]),
])
def test_what_the_stylesheet_leaves_shown_stays(style, body, kept):
    text = "\n".join(_texts(style, body))
    for k in kept:
        assert k in text
