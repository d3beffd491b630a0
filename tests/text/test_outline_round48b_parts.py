"""Round 48b: a judicial interpretation (or a rule) may group its articles, counted through, under numbered parts
('一、一般规定' over 第一条–第二条, '二、合同的效力' over 第三条 …). A part named by a genre word ('…规定') once read
as the name of the one law on the page, which then held every article and swallowed the parts after it; a numbered
name whose family goes on further down ('二、…') is a part of the one law, not its name
(rule: `compilations._part_of_one`)."""

from __future__ import annotations

import pytest

from support import blocks_outline

A1 = "为了规范本单位档案的收集、整理、保管和利用工作，提高档案管理水平，根据国家有关规定，结合本单位实际，制定本办法。"
A2 = "本规定适用于各部门在工作中形成的具有保存价值的文字、图表、声像等不同形式的历史记录，另有规定的除外。"
A3 = "档案工作实行统一领导、分级管理的原则，各部门应当指定专人负责本部门文件材料的收集和归档工作。"
LEAD = "为正确审理有关纠纷案件，根据《中华人民共和国民法典》《中华人民共和国民事诉讼法》等法律的规定，结合审判实践，制定本解释。"


def _outline(blocks: list[str]) -> list[tuple[int, str]]:
    """Depth and marker with title of each heading (an article shows its number alone)."""
    return [(h.depth, h.marker + (h.title if h.title != h.marker else "")) for h in blocks_outline(blocks)]


CASES = {
    "an interpretation's parts over articles counted through": (
        ["最高人民法院关于审理某某纠纷案件适用法律若干问题的解释", LEAD, "一、一般规定", f"第一条　{A1}", f"第二条　{A2}",
         "二、合同的效力", f"第三条　{A3}", f"第四条　{A1}", "三、附则", "第五条　本解释自2024年1月1日起施行。"],
        [(1, "一、一般规定"), (2, "第一条"), (2, "第二条"), (1, "二、合同的效力"), (2, "第三条"), (2, "第四条"),
         (1, "三、附则"), (2, "第五条")]),
    "a company's rules with a first part named '基本规定'": (
        ["某某科技有限公司员工管理制度", "为加强公司内部管理，明确员工的权利和义务，结合公司实际情况，制定本制度。",
         "一、基本规定", f"第一条 {A1}", f"第二条 {A2}", "二、考勤管理", f"第三条 {A3}", "三、奖惩管理",
         f"第四条 {A1}"],
        [(1, "一、基本规定"), (2, "第一条"), (2, "第二条"), (1, "二、考勤管理"), (2, "第三条"), (1, "三、奖惩管理"),
         (2, "第四条")]),
}

GUARDS = {
    "parts not named by a genre word stay as they were": (
        ["最高人民法院关于审理某某纠纷案件适用法律若干问题的解释", LEAD, "一、合同的订立", f"第一条　{A1}",
         f"第二条　{A2}", "二、合同的效力", f"第三条　{A3}"],
        [(1, "一、合同的订立"), (2, "第一条"), (2, "第二条"), (1, "二、合同的效力"), (2, "第三条")]),
    "a compilation's numbered laws, each from 第一条, are still its members": (
        ["档案工作法规汇编", "一、某某市档案管理规定", f"第一条　{A1}", f"第二条　{A2}", "二、某某市档案利用办法",
         f"第一条　{A3}", f"第二条　{A1}"],
        [(1, "一、某某市档案管理规定"), (2, "第一条"), (2, "第二条"), (1, "二、某某市档案利用办法"), (2, "第一条"),
         (2, "第二条")]),
    "a law with chapters under its title keeps them at the top": (
        ["某某市档案管理条例", "第一章　总则", f"第一条　{A1}", f"第二条　{A2}", "第二章　附则", f"第三条　{A3}"],
        [(1, "第一章总则"), (2, "第一条"), (2, "第二条"), (1, "第二章附则"), (2, "第三条")]),
}


@pytest.mark.parametrize("blocks,expected", list(CASES.values()), ids=list(CASES))
def test_numbered_parts_over_articles(blocks: list[str], expected: list[tuple[int, str]]) -> None:
    assert _outline(blocks) == expected


@pytest.mark.parametrize("blocks,expected", list(GUARDS.values()), ids=list(GUARDS))
def test_outlines_stay(blocks: list[str], expected: list[tuple[int, str]]) -> None:
    assert _outline(blocks) == expected
