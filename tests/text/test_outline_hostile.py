"""Hostile input: every outline, marker and metadata rule runs in linear time, and no numeral refuses a document."""

from __future__ import annotations

import time
from typing import Callable

import pytest

from support import parse_document
from reader.text.markers import match_heading
from reader.text.meta import parse_meta_line
from reader.text.model import Paragraph
from reader.text.numerals import to_int
from reader.text.outline import parse_outline


def _seconds(fn: Callable[[], object]) -> float:
    """Best of five, so a slow scheduling slice on a shared machine does not decide."""
    best = float("inf")
    for _ in range(5):
        t = time.thread_time()
        fn()
        best = min(best, time.thread_time() - t)
    return best


def _outline_of(line: str) -> Callable[[], object]:
    return lambda: parse_outline((Paragraph("一、总则", 1, 0), Paragraph(line, 2, 5)))


HOSTILE = {
    # name: (input of size n, call) — each was quadratic or worse before
    "contents-entry check on a run-in title with a wide gap": (lambda n: "1.a" + " " * n + "b", _outline_of),
    "chapter numeral that never reaches its classifier": (lambda n: "第" + "一" * n + "x", lambda s: lambda: match_heading(s)),
    "metadata label followed by a long run of spaces": (lambda n: "标题" + " " * n + "x", lambda s: lambda: parse_meta_line(s)),
    "bracket before a label and spaces": (lambda n: "【" + " " * n + "x", lambda s: lambda: parse_meta_line(s)),
    "spaced chapter numeral": (lambda n: "第" + " 一" * n + "x", lambda s: lambda: match_heading(s)),
    "digits after a list marker": (lambda n: "5、" + "2" * n + "x", lambda s: lambda: match_heading(s)),
    "a Latin run before a decimal title": (lambda n: "3.1 " + "A" * n + "中", lambda s: lambda: match_heading(s)),
    "many short lines that could be section titles": (
        lambda n: [Paragraph(f"第{k}段标题", k, 0) for k in range(n // 10)]
        + [Paragraph("1、" + "条目", k, 0) for k in range(n // 10)],
        lambda ps: lambda: parse_outline(ps)),
    "annex labels line after line, each asking what follows it": (
        lambda n: [Paragraph("附件", k, 0) for k in range(n)], lambda ps: lambda: parse_outline(ps)),
}


@pytest.mark.parametrize("make, call", HOSTILE.values(), ids=list(HOSTILE))
def test_hostile_lines_take_linear_time(make, call):
    small, large = 1000, 8000
    call(make(small))()  # warm caches (compiled patterns)
    t_small = _seconds(call(make(small)))
    t_large = _seconds(call(make(large)))
    # Linear growth is 8x; quadratic would be 64x. A generous factor plus a floor for timer noise.
    assert t_large < 24 * t_small + 0.02


@pytest.mark.parametrize("digits", [19, 4301, 20000])
def test_numbers_of_any_length_degrade_instead_of_refusing_the_document(digits):
    data = f"某某管理办法\n第{'1' * digits}章 总则\n第一条 为了规范管理，制定本办法。\n第二章 附则\n第二条 本办法自公布之日起施行。\n"
    doc = parse_document(data.encode("utf-8"), name="law.txt")
    assert "第二条 本办法自公布之日起施行。" in doc.text
    assert ("第二章", "附则") in [(h.marker, h.title) for h in doc.headings]
    assert to_int("1" * digits) is None
    assert to_int("一" * digits) is None


@pytest.mark.parametrize("text", [
    "第一章 总则\n第一条 本法所称机关。\n（\n第二章 分则\n第二条 本法施行。\n",
    "第一章 总则\n\n第一条 本法所称机关。\n\n（\n\n第二章 分则\n\n第二条 本法施行。\n",
])
def test_a_stray_opening_bracket_does_not_swallow_the_next_chapter(text):
    doc = parse_document(text.encode("utf-8"), name="law.txt")
    assert [(h.depth, h.marker) for h in doc.headings] == [(1, "第一章"), (2, "第一条"), (1, "第二章"), (2, "第二条")]


def test_a_bracket_broken_from_its_numeral_still_joins():
    text = "一、总体要求\n（一）指导思想\n坚持稳中求进工作总基调，完整准确全面贯彻新发展理念。\n（\n二）基本原则\n各地区各部门要结合实际抓好贯彻落实。\n"
    doc = parse_document(text.encode("utf-8"), name="a.txt")
    assert "（二）基本原则" in [h.marker + h.title for h in doc.headings]


def test_families_that_each_open_a_level_stop_at_a_depth_cap():
    """Each word's '1、' opened a level inside the last: 4,000 families made a tree 4,000 deep in quadratic time."""
    from adversarial import GENERATORS

    text = GENERATORS["labelled-families"](8000)
    paragraphs = [Paragraph(line, n, 0) for n, line in enumerate(text.split("\n"), 1)]
    headings = parse_outline(paragraphs)
    assert headings, "the first families are still headings"
    assert max(h.depth for h in headings) <= 12
