"""Forms met in course-design reports and blog pages (round 54B), each built here from its shape: a table's caption
('附表 1 指令格式') right over the table's rows names the table, and a contents sidebar set after the article repeats
its headings; neither is a section."""

from __future__ import annotations

import pytest

from reader.text.candidate import Candidate
from reader.text.model import Paragraph
from reader.text.contentscopies import contents_copies
from reader.text.tablecaptions import _CAPTION, drop_table_captions
from support import parse_document

BODY = "本设计在单周期处理器的基础上实现了五级流水线，并加入了数据重定向与分支预测，以减少流水线冲突带来的停顿。"
ROWS = ["编号 | 指令 | 格式", "---|---|---", "1 | Add | add $rd, $rs, $rt", "2 | Sub | sub $rd, $rs, $rt"]


def _headings(lines: list[str]) -> list[tuple[str, str]]:
    doc = parse_document("\n\n".join(lines).encode(), "report.txt")
    return [(h.marker, h.title) for h in doc.headings]


def _report(caption: str, second: str, rows: list[str]) -> list[str]:
    return ["课程设计报告", "一、设计目的", BODY, "二、设计过程", BODY, "三、总结", BODY, "附录",
            caption, *rows, second, *rows]


@pytest.mark.parametrize(("caption", "second"), [("附表 1 指令格式", "附表 2 运算符功能"),
                                                 ("表1 指令格式", "表2 运算符功能"),
                                                 ("附表3-1：指令格式", "附表3-2：运算符功能")])
def test_a_tables_caption_over_its_rows_is_no_section(caption, second):
    """'附表 1 指令格式' with the table's rows on the next line: the table's name, not a part of the appendix."""
    titles = [t for _, t in _headings(_report(caption, second, ROWS))]
    assert not any("指令格式" in t or "运算符功能" in t for t in titles)
    assert "设计目的" in titles


@pytest.mark.parametrize(("under", "dropped"), [(BODY, False), (ROWS[2], True), ("附表 2 经费预算", False)])
def test_only_a_caption_with_rows_under_it_is_dropped(under, dropped):
    """'附表 1 报名汇总' over a paragraph or over the next annex's label is an appended part's title, left to the annex
    rules; over a table's row it is the table's caption."""
    paragraphs = [Paragraph("附表 1 报名汇总", 1, 0), Paragraph(under, 3, 20)]
    candidates = [Candidate(0, None, "container")]
    drop_table_captions(candidates, paragraphs)
    assert candidates[0].accepted is not dropped


@pytest.mark.parametrize("line", ["附表1", "表明该方案可行"])
def test_lines_that_are_no_caption_are_left_alone(line):
    """A bare '附表1' (a label in a list of annexes) and a sentence opening with '表' are no captions."""
    assert _CAPTION.match(line) is None


# A blog page (a Hexo theme) sets its '文章目录' sidebar after the article: the article's headings again, numbered.
ARTICLE = ["小组会议纪要", "发表于 2019-05-15", "会议内容", BODY, "工作安排", BODY, "后续计划", BODY]


@pytest.mark.parametrize("entries", [["1. 小组会议纪要", "1.1. 会议内容", "1.2. 工作安排"],
                                     ["1. 小组会议纪要", "1.1. 会议内容", "1.2. 工作安排", "1.3. 后续计划"]])
def test_a_contents_list_after_the_text_it_lists_is_no_outline(entries):
    """'1. 小组会议纪要' / '1.1. 会议内容' / '1.2. 工作安排' one under another, under the site's overview, after the
    article that showed each: the page's contents sidebar, not sections."""
    overview = ["文章目录", "站点概览", "小组", "6 日志", "1 分类", "1 标签"]
    headings = _headings([*ARTICLE, *overview, *entries, "© 2019 小组", "由 Hexo 强力驱动"])
    assert not [h for h in headings if "." in h[0]], headings


def test_numbered_sections_that_repeat_earlier_lines_with_text_between_stay():
    """'1. 会议内容' over its paragraph, '2. 工作安排' over its own: sections whose names the summary above gave."""
    lines = ["小组会议纪要", "会议内容", "工作安排", "后续计划", "1. 会议内容", BODY, "2. 工作安排", BODY, "3. 后续计划", BODY]
    assert len([m for m, _ in _headings(lines) if m]) == 3


@pytest.mark.parametrize(("entries", "found"), [(["1. 会议内容", "2. 工作安排"], set()),  # two lines: no list
                                                (["1. 工作安排", "2. 会议内容", "3. 后续计划"], set()),  # out of order
                                                (["1. 会议内容", "2. 工作安排", "3. 后续计划"], {9, 10, 11})])
def test_only_a_run_of_three_in_the_order_shown_is_a_contents_list(entries, found):
    paragraphs = [Paragraph(t, n + 1, 0) for n, t in enumerate([*ARTICLE, *entries])]
    assert contents_copies(paragraphs) == {i - 1 for i in found}
