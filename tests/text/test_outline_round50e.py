"""A statistical bulletin's table flattened one cell a line (name, unit, figure, change): its figures are cells, not
page numbers, and a change such as '23.1' over the next row's name is no section number over its title."""

from __future__ import annotations

import pytest

from support import parse_document
from reader.text.tablecells import among_cells, figure_cell

INTRO = "全州主要农林产品产量及其增长速度如下表所示，各项指标均按可比价格计算，增速按上年同口径数据核算。"
OUTRO = "全年全州完成林业总产值较上年有所增长，林下经济发展势头良好，特色产业带动农民增收效果明显。"
# four cells a row: 名称, 单位, 绝对数, 比上年增长（%）
ROWS = [("禽肉", "万吨", "1.97", "4.6"), ("油桐籽", "吨", "5311", "23.1"), ("油茶籽", "吨", "22507", "-2.6"), ("乌桕籽", "吨", "1218", "6.1"),
        ("禽蛋", "吨", "13305", "3.5"), ("银杏", "吨", "3387", "2.1"), ("花椒", "吨", "2409", "10.3")]


def _doc(rows: list[tuple[str, ...]]):
    lines = ["某州2016年国民经济和社会发展统计公报", "一、农业", INTRO, "表1 主要农林产品产量", "产品名称", "单位",
             "绝对数", "比上年增长（%）"]
    lines += [cell for row in rows for cell in row]
    lines += [OUTRO, "二、工业", OUTRO]
    return parse_document("\n".join(lines).encode(), "bulletin.txt")


def test_a_bulletins_changes_over_row_names_are_no_sections():
    """'23.1' / '油茶籽': the first row's growth and the second row's name, not section 23.1 named '油茶籽'."""
    doc = _doc(ROWS)
    assert [(h.depth, h.marker, h.title) for h in doc.headings] == [(1, "一、", "农业"), (1, "二、", "工业")]


def test_a_bulletins_figures_stay_in_the_text():
    """'5311', '22507': a row's figures among its cells, kept (a page number stands among prose, not cells). The
    figures of the rows on either side lie three lines off: a first row whose figure is a bare integer has only the
    one after it, and still goes (a known limit)."""
    paras = [p.text.strip() for p in _doc(ROWS).paragraphs]
    for figure in ("5311", "22507", "1218", "13305", "3387"):
        assert figure in paras


def test_a_page_number_among_prose_still_goes():
    """'12' alone between paragraphs of prose, nothing like a cell near: the page's number, dropped."""
    doc = parse_document("\n".join(["某某报告", "一、总体情况", OUTRO, INTRO, "12", OUTRO, INTRO, "二、主要问题", OUTRO])
                         .encode(), "report.txt")
    assert "12" not in [p.text.strip() for p in doc.paragraphs]


def test_a_section_number_over_its_title_after_prose_is_joined():
    """'1.2' / '研究内容' after a paragraph: an extract's section number over its title, as before."""
    doc = parse_document("\n".join(["某某项目申报书", "1.1", "研究背景", OUTRO, "1.2", "研究内容", INTRO]).encode(), "a.txt")
    assert [(h.marker.strip(), h.title) for h in doc.headings] == [("1.1", "研究背景"), ("1.2", "研究内容")]


@pytest.mark.parametrize("texts, i, expected", [
    (["油桐籽", "吨", "5311", "23.1"], 3, True),        # four digits: no page number looks so
    (["银杏", "吨", "-91.6", "10.3"], 3, True),         # a signed decimal
    (["2.1", "银杏", "吨", "64", "10.3"], 4, True),     # '64' alone, but a figure in the row above
    (["经济运行总体平稳。", "12", "1.2"], 2, False),     # a page number after prose
    (["经济运行总体平稳。", "1.2"], 1, False),           # prose before: a section number
    (["第2章"], 0, False),
])
def test_among_cells(texts, i, expected):
    assert among_cells(texts, i) is expected


@pytest.mark.parametrize("text, expected", [("5311", True), ("-91.6", True), ("140.30", True), ("12.5%", True),
                                            ("1,218", True), ("23.1油茶籽", False), ("吨", False), ("1.", False)])
def test_figure_cell(text, expected):
    assert figure_cell(text) is expected
