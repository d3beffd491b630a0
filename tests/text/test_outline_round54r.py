"""Round 54R (issue #9, reports and government documents): rules built here from short texts of the shape such
documents are written in, each with the lines it must leave alone."""

from __future__ import annotations

import pytest

from support import parse_document

BODY = "全年全市经济运行总体平稳，主要指标保持增长，结构继续优化，发展质量稳步提升，民生保障有力有效。"


def _headings(lines: list[str], name: str = "report.txt") -> list[tuple[str, str, int]]:
    doc = parse_document("\n".join(lines).encode(), name)
    return [(h.marker.strip(), h.title, h.depth) for h in doc.headings]


def _bulletin(rows: list[str]) -> list[str]:
    """A bulletin's two parts, a table of output copied one cell to a line inside the first."""
    return ["一、农业", BODY, "表2 主要林产品产量", "产品名称", "单位", "绝对数", "比上年增长（%）", *rows,
            BODY, "二、工业", BODY]


@pytest.mark.parametrize("rows", [
    ["油桐籽", "吨", "150", "-91.6", "油茶籽", "吨", "5311", "23.1", "核桃", "吨", "22507", "-2.6"],  # '23.1' 油茶籽
    ["板栗", "吨", "3387", "2.1", "银杏", "吨", "64", "10.3", "花椒", "吨", "1218", "-8.1"],  # '2.1' 银杏, '10.3' 花椒
    ["牛奶", "吨", "4.6", "禽蛋", "吨", "1218", "6.1", "水产品", "吨", "2231", "3.3"],  # '6.1' 水产品
    ["大豆", "吨", "310", "1.1", "油菜籽", "吨", "4520", "3.6", "茶叶", "吨", "95", "-1.2"],  # "1.1" 油菜籽
])
def test_a_growth_rate_glued_to_the_next_rows_name_is_no_section(rows):
    got = _headings(_bulletin(rows))
    assert got == [("一、", "农业", 1), ("二、", "工业", 1)]


@pytest.mark.parametrize("lines, kept", [
    # decimal sections stacked title over title: no unit of measure beside them
    (["1 概述", "1.1 背景", BODY, "1.2 目标", BODY, "2 设计", "2.1 结构", BODY], ["1", "1.1", "1.2", "2", "2.1"]),
    # a section right after a line of figures ('120' dropped page number left in) and over its text
    (["1.1 背景", BODY, "120", "1.2 目标", BODY], ["1.1", "1.2"]),
    # a short section between a figure and a short line that is no unit
    (["1. 背景", BODY, "2024", "2. 目标", "提高效率", BODY], ["1.", "2."]),
])
def test_sections_without_a_unit_column_stay(lines, kept):
    got = _headings(lines)
    assert [m for m, _, _ in got] == kept


NOTE = "本公报部分数据为初步统计结果，各项统计数据均未包括外地驻本市单位，部分数据因四舍五入的原因存在总计与分项合计不等。"
SOURCE = "本公报中居民消费价格、城乡居民收支数据来自国家统计局调查队，财政数据来自市财政局，其余数据来自市统计局。"


@pytest.mark.parametrize("label", ["资料来源：", "资料来源", "資料來源："])
def test_a_bulletins_closing_source_part_is_a_section(label):
    got = _headings(["一、综合", BODY, "二、农业", BODY, "注释：", NOTE, label, SOURCE])
    assert got[-2:] == [("", "注释", 1), ("", "资料来源" if "资" in label else "資料來源", 1)]


@pytest.mark.parametrize("line", ["资料来源：国家统计局", "资料来源：市统计局、市财政局。"])
def test_a_source_line_that_holds_its_source_stays_text(line):
    got = _headings(["一、综合", BODY, "表1 主要指标", "指标 数值", line, "二、农业", BODY])
    assert [t for _, t, _ in got] == ["综合", "农业"]
