"""The Outline value the outline tree and the breadcrumb share."""

from __future__ import annotations

from reader.text.convert import get_converter
from reader.text.model import Heading
from reader.text.sections import CRUMB_MAX, Outline

HEADINGS = (
    Heading(1, "第一章", "总则", 1, 0),
    Heading(2, "第一条", "第一条", 2, 10),
    Heading(2, "第二条", "第二条", 3, 40),
    Heading(1, "第二章", "加强制度建设", 4, 80),
    Heading(2, "一、", "完善监督体系", 5, 100),
    Heading(3, "（一）", "健全人大监督", 6, 120),
)


def _t(text: str) -> str:
    return get_converter("s2t").convert(text)


def test_section_at_and_ancestors():
    outline = Outline(HEADINGS)
    assert outline.section_at(0) == 0 and outline.section_at(9) == 0 and outline.section_at(10) == 1
    assert outline.section_at(-1) == -1
    assert outline.section_at(10_000) == 5
    assert outline.ancestors(5) == [3, 4, 5]
    assert outline.ancestors(-1) == []


def test_an_article_marker_is_shown_once_in_a_converted_script():
    outline = Outline(HEADINGS, _t)
    assert outline.label(1) == "第一條"
    assert outline.label(0) == "第一章 總則"
    assert Outline(HEADINGS).label(1) == "第一条"


def test_filter_is_script_insensitive_both_ways():
    traditional = Outline(HEADINGS, _t)
    assert traditional.label(3) == "第二章 加強制度建設"
    assert traditional.matches(3, "制度建设")
    assert traditional.matches(3, "制度建設")
    assert Outline(HEADINGS).matches(5, "人大監督")
    assert not Outline(HEADINGS).matches(0, "监督")


def test_crumbs_use_markers_outside_and_the_label_inside():
    outline = Outline(HEADINGS, _t)
    crumbs = outline.crumbs(125)
    assert [c.text for c in crumbs] == ["第二章", "一", "（一）健全人大監督"]
    assert [c.offset for c in crumbs] == [80, 100, 120]
    assert outline.crumbs(-5) == []


def test_long_crumbs_are_shortened():
    long = (Heading(1, "", "很" * 60, 1, 0),)
    (crumb,) = Outline(long).crumbs(0)
    assert len(crumb.text) == CRUMB_MAX and crumb.text.endswith("…") and crumb.label == "很" * 60


def test_with_converter_keeps_the_headings():
    outline = Outline(HEADINGS)
    assert outline.with_converter(_t).headings == HEADINGS
    assert outline.with_converter(_t).label(4) == "一、完善監督體系"
