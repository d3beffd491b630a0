"""Round 48b: a part's title may follow its number with no space ('第二节上市公司的独立性', '第二章规划建设'). When it
starts with a character a reference takes ('第三章中', '第五章规定的') the line was read as a sentence citing the part;
a short, unpunctuated rest of the line is the part's own title (rule: `gluedtitles.glued_title`)."""

from __future__ import annotations

import pytest

from support import blocks_outline

A1 = "为了规范本单位档案的收集、整理、保管和利用工作，提高档案管理水平，根据国家有关规定，结合本单位实际，制定本办法。"
A2 = "本规定适用于各部门在工作中形成的具有保存价值的文字、图表、声像等不同形式的历史记录，另有规定的除外。"
A3 = "档案工作实行统一领导、分级管理的原则，各部门应当指定专人负责本部门文件材料的收集和归档工作。"


def _outline(blocks: list[str]) -> list[tuple[int, str]]:
    """Depth and marker with title of each heading (an article shows its number alone)."""
    return [(h.depth, h.marker + (h.title if h.title != h.marker else ""))
            for h in blocks_outline(blocks)]


CASES = {
    "chapters and sections glued to titles that start with 规, 上, 内, 中": (
        ["某某市城市绿化条例", "第一章总则", f"第一条　{A1}", "第二章规划建设", f"第二条　{A2}", "第三章内部管理",
         "第一节上级部门的职责", f"第三条　{A3}", "第二节中介机构", f"第四条　{A1}"],
        [(1, "第一章总则"), (2, "第一条"), (1, "第二章规划建设"), (2, "第二条"), (1, "第三章内部管理"),
         (2, "第一节上级部门的职责"), (3, "第三条"), (2, "第二节中介机构"), (3, "第四条")]),
}

GUARDS = {
    "a thesis's sentences that cite its chapters stay body": (
        ["高速开关阀的建模与控制研究", "第一章　绪论", A1, "第二章中，分析了开关阀的数学模型与工作原理。", A2,
         "第三章规定的测试条件下，响应时间满足设计要求。", A3, "第二章　工作原理", A1],
        [(1, "第一章绪论"), (1, "第二章工作原理")]),
    "a law with spaced chapter titles keeps them": (
        ["某某市档案管理条例", "第一章　总则", f"第一条　{A1}", f"第二条　{A2}", "第二章　附则", f"第三条　{A3}"],
        [(1, "第一章总则"), (2, "第一条"), (2, "第二条"), (1, "第二章附则"), (2, "第三条")]),
}


@pytest.mark.parametrize("blocks,expected", list(CASES.values()), ids=list(CASES))
def test_glued_part_titles(blocks: list[str], expected: list[tuple[int, str]]) -> None:
    assert _outline(blocks) == expected


@pytest.mark.parametrize("blocks,expected", list(GUARDS.values()), ids=list(GUARDS))
def test_outlines_stay(blocks: list[str], expected: list[tuple[int, str]]) -> None:
    assert _outline(blocks) == expected
