"""A large saved page opens in work linear in its size: the whole open path (decode, page reading, article, cleaning,
outline) is counted, not timed, on page shapes at two sizes (round 67L: 1, 2 and 4 MB pages grew linearly).

The count is every Python and built-in call the open makes (sys.setprofile), which a busy machine does not move: a
step that reads the page again for every block or line grows it by the square of the size. A rescan done inside one
C call (a regex, str.find) is not seen here; tests/text/test_linear_time.py times those on adversarial input. A
rescan per block is caught on the shapes of many short blocks (deep divs, tables, menus, headings); at these sizes the
shapes of few long blocks hold too few blocks for its square to show, and are here for a rescan per tag or line.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from reader.text.decode import decode_bytes
from reader.text.document import build_document

_PROSE = "正文一句，说明了有关情况和具体的要求。"
_HEAD = "<html><head><title>某市关于加强基层治理的实施意见</title></head><body>"
_REAL = Path(__file__).resolve().parent.parent / "data" / "corpus" / "html" \
    / "d53_05_yonghu_shouce_harmoloid.html"  # a dev page of 11 KB: a user manual, 14 headings


def _repeat(unit: str, size: int) -> str:
    """The unit over and over, past `size` characters: a page's one shape at the size asked."""
    return unit * (size // len(unit) + 1)


def _numbered(size: int) -> str:
    """An article of distinct paragraphs under h2 sections, each paragraph three divs deep."""
    parts, i, total = [_HEAD, "<h1>某市关于加强基层治理的实施意见</h1>"], 0, 0
    while total < size:
        part = f"<h2>第{i // 20 + 1}部分 工作要求</h2>\n" if i % 20 == 0 else \
            f"<div class='row'><div class='col'><div><p>第{i}段，{_PROSE * 2}编号{i * 7919 % 100003}。</p></div></div></div>\n"
        parts.append(part)
        total += len(part)
        i += 1
    return "".join(parts) + "</body></html>"


def _inflated(size: int) -> str:
    """A real saved page whose body is repeated, a copy per 10,000 characters asked."""
    page = _REAL.read_text(encoding="utf-8", errors="replace")
    start, end = page.index(">", page.lower().index("<body")) + 1, page.lower().rindex("</body>")
    return page[:start] + page[start:end] * (size // 10_000) + "</body></html>"


PAGES = {
    "nested-divs": lambda n: _HEAD + _repeat("<div class='a'>" * 20 + f"<p>{_PROSE}</p>" + "</div>" * 20 + "\n", n),
    "deep-divs": lambda n: _HEAD + _repeat(f"<div><p>{_PROSE}</p>\n", n) + "</div>" * (n // 20),
    "long-table": lambda n: _HEAD + f"<h1>名单公示</h1><p>{_PROSE}</p><table>"
                            + _repeat("<tr><td>1</td><td>张三</td><td>某某大学计算机学院</td><td>教授</td></tr>\n", n),
    "unclosed-cells": lambda n: _HEAD + "<table>" + _repeat("<tr><td>张三<td>教授\n", n),
    "inline-tags": lambda n: _HEAD + "<h1>标题</h1>" + _repeat(
        "<p>" + "".join(f"<span>{c}</span><b>文</b>" for c in _PROSE) + "</p>\n", n),
    "menu-list": lambda n: _HEAD + "<ul>" + _repeat("<li><a href='/a/b.html'>栏目首页</a></li>", n) + f"</ul><p>{_PROSE}</p>",
    "headings": lambda n: _HEAD + _repeat(f"<h3>第一节 总则</h3><p>{_PROSE}</p>\n", n),
    "numbered-article": _numbered,
    "inflated-page": _inflated,
}
SMALL, LARGE = 20_000, 40_000  # characters
MAX_RATIO = 2.6  # linear growth is 2 (a little over where the larger page crosses a threshold); quadratic 4


def calls_to_open(page: str) -> int:
    """Python and built-in calls made by opening the page as the reader opens a saved .html file."""
    raw = page.encode("utf-8")
    count = 0

    def counter(frame, event, arg):
        nonlocal count
        if event in ("call", "c_call"):
            count += 1

    build_document(decode_bytes(raw, name="page.html"))  # caches and lazy patterns filled outside the count
    sys.setprofile(counter)
    try:
        build_document(decode_bytes(raw, name="page.html"))
    finally:
        sys.setprofile(None)
    return count


@pytest.mark.parametrize("shape", list(PAGES))
def test_opening_a_page_grows_linearly(shape):
    small, large = calls_to_open(PAGES[shape](SMALL)), calls_to_open(PAGES[shape](LARGE))
    assert large / small < MAX_RATIO, f"{shape}: {small} calls at {SMALL:,} characters, {large} at {LARGE:,}"


def test_the_count_sees_a_rescan_per_block(monkeypatch):
    """The measure itself: a step that looks through every block for each block is caught at these sizes."""
    import reader.text.clean as clean

    original = clean.article_blocks

    def rescanning(blocks, *args, **kwargs):
        for b in blocks:
            sum(1 for other in blocks if other.text == b.text)
        return original(blocks, *args, **kwargs)

    page = PAGES["headings"]
    linear = calls_to_open(page(LARGE)) / calls_to_open(page(SMALL))
    monkeypatch.setattr(clean, "article_blocks", rescanning)
    quadratic = calls_to_open(page(LARGE)) / calls_to_open(page(SMALL))
    assert linear < MAX_RATIO <= quadratic, (linear, quadratic)
