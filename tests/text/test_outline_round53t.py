"""Round 53T (issue #9, technical papers and essays): rules built here from short texts of the shape such documents
are written in, each with the lines it must leave alone."""

from __future__ import annotations

import pytest

from support import parse_document

BODY = "本节说明平台的设计思路与运营方式，并给出主要模块之间的关系，以便读者了解后续章节的安排。"
NAMES = ["平台概述", "市场规模", "成长战略", "产品特征", "功能预览", "内容质量", "用户回馈", "长期发展", "代币发行",
         "发行逻辑", "防止作弊", "区块链技术", "团队介绍", "财务计划", "资金使用", "运营方针", "发行地点", "结论"]


def _headings(lines: list[str]) -> list[tuple[str, str, int]]:
    doc = parse_document("\n\n".join(lines).encode(), "paper.txt")
    return [(h.marker.strip(), h.title, h.depth) for h in doc.headings]


def _sections(upto: int, items: list[str], after: list[int]) -> list[str]:
    """Sections 1. … `after`'s last, a short list '1.'–'n.' under the last of them, then the sections go on."""
    lines: list[str] = []
    for n in range(1, upto + 1):
        lines += [f"{n}. {NAMES[n - 1]}", BODY]
    lines += ["公司的运营坚持以下几条原则：", "\n".join(f"{k}. {item}" for k, item in enumerate(items, 1)), BODY]
    for n in after:
        lines += [f"{n}. {NAMES[n - 1]}", BODY]
    return lines


@pytest.mark.parametrize("upto, items, after", [
    (16, ["项目进展全部公开", "成员交流公开", "源代码全部开源", "规则修正公开讨论", "工资全部公开"], [17, 18]),
    (10, ["进展公开", "交流公开", "代码开源", "规则公开"], [11, 12]),
    (8, ["进展公开", "交流公开", "代码开源", "规则公开", "工资公开"], [9, 10]),
])
def test_a_section_after_its_predecessors_own_list_goes_on_with_the_sections(upto, items, after):
    got = _headings(_sections(upto, items, after))
    for n in after:
        assert (f"{n}.", NAMES[n - 1], 1) in got


@pytest.mark.parametrize("lines", [
    ["1. 背景", BODY, "2. 方法", BODY, "3. 结果", BODY],  # a plain count
    ["1. 背景", BODY, "2. 方法", BODY, "1. 采集数据", "2. 清洗数据", "3. 训练模型", BODY, "3. 结果", BODY],
])
def test_sections_and_their_lists_keep_their_own_counts(lines):
    got = _headings(lines)
    assert [(m, t) for m, t, d in got if d == 1] == [("1.", "背景"), ("2.", "方法"), ("3.", "结果")]
