"""A saved page's <style> inside <noscript> hides nothing: a browser with scripts on (the one the page was saved
from) reads a noscript's content as text and never applies it, so the page's own reading must not either."""

from __future__ import annotations

import pytest

from pagetexts import ARTICLE, PARAS
from reader.text.htmlpage import html_blocks
from reader.text.stylehidden import hidden_names, style_sheets

SHOWN = '<div class="lazy"><p>正文延迟加载的段落</p></div>'


def _texts(head: str, body: str) -> list[str]:
    return [b.text for b in html_blocks(f"<html><head>{head}</head><body>{body}</body></html>")]


@pytest.mark.parametrize("head", [
    # a lazy-loading or 'enable JavaScript' fallback: only a browser without scripts hides these
    "<noscript><style>.lazy{display:none}</style></noscript>",
    "<NOSCRIPT><STYLE>.lazy { display: none !important }</STYLE></NOSCRIPT>",
    '<noscript id="ns"><link rel="stylesheet" href="a.css"><style>.lazy{visibility:hidden}</style></noscript>',
    # a noscript never closed: the rest of the page is its text, as a browser reads it
    "<noscript><style>.lazy{display:none}</style>",
])
def test_a_style_inside_noscript_hides_nothing(head):
    assert "正文延迟加载的段落" in _texts(head, ARTICLE + SHOWN)
    assert hidden_names(f"<html><head>{head}</head><body></body></html>") == frozenset()


@pytest.mark.parametrize("head", [
    # outside the noscript, before it, after it, or in the body after a closed noscript: applied as before
    "<style>.lazy{display:none}</style><noscript><img src=pixel.gif></noscript>",
    "<noscript><style>.other{display:none}</style></noscript><style>.lazy{display:none}</style>",
    "<noscript></noscript><style>.lazy{display:none}</style><noscript><style>.x{display:none}</style></noscript>",
])
def test_a_style_outside_noscript_still_hides(head):
    assert _texts(head, ARTICLE + SHOWN) == ["广州美妆产业持续发力"] + PARAS


def test_many_noscripts_before_a_style_are_read_in_one_pass():
    page = "<noscript>x</noscript>" * 20000 + "<style>.a{display:none}</style>"
    assert style_sheets(page) == ".a{display:none}"
    assert hidden_names(page) == frozenset({".a"})


@pytest.mark.parametrize("head", [
    "<noscript><p>请启用JavaScript以浏览本站</p></noscript>",
    '<noscript><img height="1" width="1" src="https://x/tr?id=1"/>请启用JavaScript以浏览本站</noscript>',
    '<noscript><div class="tip">请启用JavaScript以浏览本站</div></noscript><title>标题</title>',
])
def test_a_noscript_in_the_head_is_not_read_as_the_page(head):
    texts = _texts(head, ARTICLE)
    assert texts == ["广州美妆产业持续发力"] + PARAS and not any("JavaScript" in t for t in texts)


def test_a_noscript_left_open_in_the_head_ends_at_the_body():
    page = f"<html><head><noscript><img src=x.gif></head><body>{ARTICLE}</body></html>"
    assert [b.text for b in html_blocks(page)] == ["广州美妆产业持续发力"] + PARAS
