"""Issue 12's reproductions that the text engine owns: each hung, refused or misread before."""

from __future__ import annotations

import time

import pytest

from adversarial import GENERATORS
from reader.text.debris import is_widget_row, line_reason
from reader.text.decode import decode_bytes
from support import parse_document
from reader.text.formats import markdown_blocks
from reader.text.htmlpage import html_blocks
from reader.text.html_tokens import unescape

# Each took 15-50 s before (issue 12); a second is a generous bound on a loaded machine, the harness checks growth.
BOUND = 2.0


def _timed(fn, *args):
    start = time.thread_time()
    result = fn(*args)
    return result, time.thread_time() - start


@pytest.mark.parametrize("text", [
    " " * 80_000 + "x",  # _ATX / _TABLE_SEP: 50 s
    "<!--" * 40_000,  # _INLINE comments: 28 s
    "*a " * 40_000,  # _INLINE emphasis: 43 s
    "#" + " " * 80_000 + "x",
    "|" + " -" * 40_000 + "x",
    "![[" * 30_000,
    "[a](" * 30_000,
    "<http://" * 20_000,
    "[a[b" * 30_000,  # a link's text holds one level of brackets
    "[[a]" * 30_000 + "](",
    "&amp" * 40_000,
    ":ab" * 40_000 + ":",  # emoji codes
])
def test_markdown_patterns_do_not_backtrack(text):
    _, seconds = _timed(markdown_blocks, text)
    assert seconds < BOUND


def test_html_with_unclosed_tags_is_read_in_linear_time():
    text = "<html><body>" + "<a " * 12_000  # html.parser: 23 s; 900 KB never finished
    _, seconds = _timed(html_blocks, text)
    assert seconds < BOUND
    _, seconds = _timed(html_blocks, "<html><body><p>正文</p>" + "<a " * 300_000)
    assert seconds < 5 * BOUND


def test_widget_rows_are_checked_in_one_pass():
    text = ("返回首页" * 19 + "x\n") * 40  # 15.8 s before
    lines = text.split("\n")
    _, seconds = _timed(lambda: [line_reason(t) for t in lines])
    assert seconds < BOUND
    assert is_widget_row("返回首页 | 打印本页 | 关闭窗口") and is_widget_row("首页｜English｜RSS")
    assert not is_widget_row("返回首页" * 19 + "x") and not is_widget_row("（") and not is_widget_row("首页新闻")


def test_a_4301_digit_character_reference_is_a_replacement_mark_not_a_refusal():
    doc = parse_document(GENERATORS["charref-digits"](4_301).encode(), name="x.html")
    assert doc.text == "\ufffd"
    assert unescape("&#20013;&#x6587;&amp;&#0000000020013;") == "中文&中"
    assert unescape("&#x" + "f" * 5000 + ";") == "\ufffd"


@pytest.mark.parametrize("codec", ["base64", "hex", "rot13", "zlib", "idna", "punycode", "bz2", "uu", "quopri",
                                   "unicode_escape", "no-such-codec"])
def test_a_non_text_charset_declaration_falls_back_to_detection(codec):
    page = f'<html><head><meta charset="{codec}"><title>标题</title></head><body><p>监督工作。</p></body></html>'
    decoded = decode_bytes(page.encode("gb18030"), name="page.html")
    assert decoded.encoding == "gb18030"
    assert "监督工作" in decoded.text


@pytest.mark.parametrize("label", ["utf-16", "UTF-16LE", "utf-16be", "utf-32"])
def test_a_utf16_declaration_on_ascii_compatible_bytes_reads_as_utf8(label):
    page = f'<html><head><meta charset="{label}"></head><body><p>监督工作。</p></body></html>'
    decoded = decode_bytes(page.encode("utf-8"), name="page.html")
    assert decoded.encoding == "utf-8" and "监督工作" in decoded.text and not decoded.bad_bytes


def test_a_page_starting_with_many_comments_is_sniffed_without_backtracking():
    text = "<!---->" * 300 + "x"
    _, seconds = _timed(decode_bytes, text.encode(), "noext")
    assert seconds < BOUND
    assert decode_bytes(("<!-- a -->\n" * 3 + "<html><body>正文").encode(), name="noext").kind == "html"


@pytest.mark.parametrize("text", ["<%%>" + "<?" * 200_000, "<??>" * 100_000 + "<%", "<?" + "<%%>" * 100_000])
def test_server_directives_are_blanked_in_one_pass(text):
    _, seconds = _timed(html_blocks, text)
    assert seconds < BOUND


def test_a_page_with_hidden_parts_reads_its_long_unpunctuated_prose_in_one_pass():
    # a paragraph with no Chinese sentence end (English prose) beside a hidden element: the hidden part's check read
    # the shown text's sentences with a findall that went back over the rest from every start, quadratic
    _, seconds = _timed(html_blocks, "<p>" + "abc def " * 10_000 + "</p><div hidden>菜单</div>")
    assert seconds < BOUND


def test_html_tokenizer_keeps_what_html_parser_gave_on_ordinary_pages():
    page = ('<html><head><title>关于&amp;通知</title><meta name="author" content="张三"></head><body>'
            '<nav class="menu">首页 新闻</nav><script>var a = "<p>no</p>";</script>'
            '<p class=x id=\'y\'>第一段<br>第二段</p><div><p>未闭合<div>嵌套</div></body></html>')
    blocks = html_blocks(page)
    assert [(b.text, b.role) for b in blocks] == [("首页 新闻", "chrome"), ("第一段", ""), ("第二段", ""),
                                                  ("未闭合", ""), ("嵌套", "")]
