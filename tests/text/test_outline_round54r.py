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


# A submission numbers its paragraphs N.M under each 一、: most of them read as lists of sentences, and the few left
# (a first sentence run on into the rest, a line cut mid-sentence) are numbered as they are.
SUBMISSION_RUNS = [
    [("2.1 协会接受以一万辆作为起步数量。其后再按数据检讨。", False)],
    [("3.1 协会建议优先拨出配额予无障碍车辆。并每年检讨。", False), ("3.2 就门槛水平参考海外市场的做法。应当从宽。", False)],
    [("4.1 协会支持设立最低行程数。以确保车辆投入服务。", False)],
]


def _runs(accepted: list[str]):
    from types import SimpleNamespace

    from reader.text.markers import match_heading

    def cand(text: str, ok: bool):
        reason = "" if ok else "a list: only 0 of 1 items look like headings"
        return SimpleNamespace(key="decimal2", accepted=ok, reason=reason, match=match_heading(text))

    runs = [[cand(t, ok) for t, ok in run] for run in SUBMISSION_RUNS]
    return runs + [[cand(t, True) for t in accepted]]


@pytest.mark.parametrize("accepted", [
    ["1.1 协会一直主张网约车合法化。过去多年，市民有需求、平台在营运，却欠缺规管。",
     "1.2 四项附属法例落实《道路交通（修订）"],  # a line cut mid-sentence: the bracket stays open
    ["5.1 网约车规管制度的目标，是为市民提供更多元的选择"],
])
def test_numbered_paragraphs_go_as_their_family_goes(accepted):
    from reader.text.listruns import like_its_family

    runs = _runs(accepted)
    like_its_family(runs)
    assert not any(c.accepted for c in runs[-1])


@pytest.mark.parametrize("accepted", [["1.1 项目概况", "1.2 建设目标"], ["1.1 背景与意义"],
                                      ["1.1 平台权属。管理平台的所有权归公司所有。", "1.2 协议更新。本协议随时更新。"]])
def test_bare_titles_stay_in_a_family_of_lists(accepted):
    from reader.text.listruns import like_its_family

    runs = _runs(accepted)
    like_its_family(runs)
    assert all(c.accepted for c in runs[-1])


def test_run_in_titles_numbered_n_m_stay_when_their_family_holds_sections():
    lines = ["一、背景", "1.1 项目概况。本项目位于市区东部，总面积约两千亩，交通便利，配套设施较为完善，周边居住人口较多。",
             "1.2 建设目标。到2025年，建成功能完善、设施齐全的综合园区，带动周边产业协同发展，形成示范效应。",
             "二、方案", "2.1 总体布局。园区按照一轴两带三区布局，分期建设，先行启动核心区，逐步向外围拓展。",
             "2.2 实施步骤。分三个阶段推进，每个阶段设定明确的任务和时限，并建立考核机制确保落实。"]
    got = _headings(lines, "plan.txt")
    assert [m for m, _, _ in got] == ["一、", "1.1", "1.2", "二、", "2.1", "2.2"]
