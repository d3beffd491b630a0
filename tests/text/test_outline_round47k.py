"""Round 47k: a Markdown '##' heading under the file's '#' title that opens with a date and goes on in words
('## 2021.09.15 说明全文') is a section the writer marked, never the page's date stamp and its outlet, as the
date-stamp branch beside it already knew (rule: `mdlines.dated_section` guards `meta.stamped_source` in
`clean._title_and_header`); a line so written but not marked as a heading, in a text or a Markdown file, stays the page's stamp."""

from __future__ import annotations

import pytest

from support import parse_document

BODY = ("近日，学院宣布自下学期起调整实验楼的开放时间，引起不少同学关注。学生会在与院方沟通后，"
        "就调整的原因与后续安排整理出以下说明，供同学们参考。")
BODY2 = "我们将持续跟进此事，并在院方公布正式方案后第一时间通知大家，如有疑问可随时联系学生会权益部。"


def _md(*lines: str) -> list[tuple[int, str]]:
    doc = parse_document(("\n\n".join(lines) + "\n").encode("utf-8"), "note.md")
    return [(h.depth, h.title) for h in doc.headings]


CASES = {
    "a statement's one dated section under its title": (
        ["# 实验楼开放时间调整 学生会说明", "## 2021.09.15 说明全文", BODY, BODY2],
        [(1, "2021.09.15 说明全文")],
    ),
    "a dated section with a dash date, then a second plain section": (
        ["# 社团招新安排", "## 2022-03-01 报名须知", BODY, "## 联系方式", BODY2],
        [(1, "2022-03-01 报名须知"), (1, "联系方式")],
    ),
}


@pytest.mark.parametrize("lines, want", CASES.values(), ids=CASES.keys())
def test_a_marked_dated_heading_is_a_section(lines, want):
    assert _md(*lines) == want


GUARDS = {  # the same date and outlet, not marked as a heading: the page's stamp, taken into its metadata
    "a text file's line under its title": ("note.txt", "实验楼开放时间调整\n\n2021.09.15 新华网\n\n{}\n\n{}\n"),
    "a Markdown file's unmarked line under its '#' title": ("note.md", "# 实验楼开放时间调整\n\n2021.09.15 新华网\n\n{}\n\n{}\n"),
}


@pytest.mark.parametrize("name, text", GUARDS.values(), ids=GUARDS.keys())
def test_an_unmarked_date_and_outlet_stays_the_stamp(name, text):
    doc = parse_document(text.format(BODY, BODY2).encode("utf-8"), name)
    assert [h.title for h in doc.headings] == []
    assert doc.date == "2021.09.15"
    assert ("meta", "2021.09.15 新华网") in [(r.reason, r.text) for r in doc.removed]
