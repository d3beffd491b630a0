"""Round 40a: one title right over another in a text of plain titles ('评定方式' over '计算公式') is a part over its
first section even where the text stacks no second pair, as a plan, a lab's rules or a course page often has a
single part with sections; a headline over its deck, a lone section, a run of lines, a label or a question are no
such pair (rule: `recurring._lone_pair` in `nest_stacked_titles`)."""

from __future__ import annotations

import pytest

from reader.text.outline import parse_outline
from support import outline, parse_document, spaced_paragraphs

BODY = "本方案参考了前序团队的做法，以工作成果评分、实际工作时长和延期情况三个因素评定每位成员的贡献。"
BODY2 = "每周五由项目负责人汇总本周的任务完成情况，并在团队例会上公布结果，成员如有异议可当场提出。"


def _outline(blocks: list[str], title: str = "团队贡献分配计划") -> list[tuple[int, str]]:
    spaced = [x for block in blocks for x in (block, "")]
    return [(h.depth, h.title) for h in parse_outline(spaced_paragraphs(spaced), title)]


CASES = {
    "a plan's one part right over its first section holds the sections after it": (
        ["团队贡献分配计划", "概述", BODY, "评定方式", "计算公式", BODY2, "参数解读", BODY, "总贡献计算", BODY2],
        [(1, "概述"), (1, "评定方式"), (2, "计算公式"), (2, "参数解读"), (2, "总贡献计算")],
    ),
    "a lab's reimbursement rules: '金额限制' over '单个品项', then '整张收据'": (
        ["报销须知", "报销步骤", BODY, "金额限制", "单个品项", BODY2, "整张收据", BODY, "品项种类", BODY2],
        [(1, "报销步骤"), (1, "金额限制"), (2, "单个品项"), (2, "整张收据"), (2, "品项种类")],
    ),
}

BROCHURE = ["招生简章", "为适应学前教育事业发展的需要，我校面向全省招收学前教育专业新生，现将有关事项公告如下。",
            "◆就业前景", "　　" + BODY, "◆专业方向：幼儿教育方向 幼儿英语方向 幼儿艺术方向", "　　" + BODY2,
            "◆学制：初中起点五年制大专；", "◆专业亮点：", "　　" + BODY, "◆培养目标：", BODY2, "◆就业单位：", BODY,
            "◆补助政策：", BODY2]

FLAT = {  # each beside its twin, the same text but for what makes it no such pair: the pair the rule would take
    "the text's first titles are its headline over a deck": (
        ["财务分析与决策", "课程简介", BODY, "课程目标", BODY2, "考核方式", BODY],
        ["课程概况", BODY2, "财务分析与决策", "课程简介", BODY, "课程目标", BODY2, "考核方式", BODY],
    ),
    "a lone section under a title at the end may be its sub-title": (
        ["团队贡献分配计划", "概述", BODY, "评定方式", BODY2, "使用建议", "自定义线程池", BODY],
        ["团队贡献分配计划", "概述", BODY, "评定方式", BODY2, "使用建议", "自定义线程池", BODY, "异常处理", BODY2],
    ),
    "a question under a title is an item of its own": (
        ["学习笔记", "概述", BODY, "定义领域偏移", "要涉及哪些任务？", BODY2, "常用工具", BODY, "编辑器", BODY2],
        ["学习笔记", "概述", BODY, "定义领域偏移", "要涉及哪些任务", BODY2, "常用工具", BODY, "编辑器", BODY2],
    ),
}


@pytest.mark.parametrize("blocks, expected", CASES.values(), ids=list(CASES))
def test_a_lone_pair_shows_a_part_over_its_sections(blocks, expected):
    assert _outline(blocks, blocks[0]) == expected


@pytest.mark.parametrize("blocks, twin", FLAT.values(), ids=list(FLAT))
def test_no_such_pair_leaves_the_titles_at_one_level(blocks, twin):
    found, nested = _outline(blocks, ""), _outline(twin, "")
    assert found and {depth for depth, _ in found} == {1}
    assert {depth for depth, _ in nested} == {1, 2}


def test_a_brochures_labels_line_under_line_are_items_not_a_part():
    """d21_05 (a school's brochure, dev): '◆学制：初中起点五年制大专；' right over '◆专业亮点：', set line under line:
    labels of one list, each closing on its colon, not a part over its sections; without the colons the same lines
    would be one."""
    doc = parse_document("\n".join(BROCHURE).encode("utf-8"), "jianzhang.txt")
    assert len(doc.headings) == 7 and {h.depth for h in doc.headings} == {1}
    twin = parse_document("\n".join(line.rstrip("：") for line in BROCHURE).encode("utf-8"), "jianzhang.txt")
    assert {h.depth for h in twin.headings} == {1, 2}


@pytest.mark.xfail(strict=True, reason="a lone pair's part has no end the text marks: every title after it nests "
                   "under it, '监管部门回应' with the rest")
def test_a_lone_pairs_part_ends_where_a_fellow_of_the_part_begins():
    """The untuned case as it first stood: '监管部门回应' after '各方获益分析' › '融券做空者的收益' is the part's fellow,
    not its third section (before the lone pair counted, every title stayed at one level: wrong the other way)."""
    body = "坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，加快构建新发展格局，着力推动高质量发展。"
    lines = ["融券风波", body, "公司简介", body, "各方获益分析", "公司高管的收益", body, "融券做空者的收益", body,
             "监管部门回应", body]
    assert [(depth, title) for depth, _, title in outline(lines, lines[0])] == [
        (1, "公司简介"), (1, "各方获益分析"), (2, "公司高管的收益"), (2, "融券做空者的收益"), (1, "监管部门回应")]
