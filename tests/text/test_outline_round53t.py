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


def _report(tail: list[str]) -> str:
    """A report numbered 1. / 1.1 with a list packed line after line inside its section 4, then `tail`."""
    lines = ["1.项目背景", "1.1 语言背景", BODY, "1.2 系统背景", BODY, "2.立项依据", "2.1 存在的问题", BODY,
             "2.2 语言特性", BODY, "3.重要性分析", "3.1 前瞻性", BODY, "4.相关工作", "4.1 国外现状", BODY,
             "4.2 国内现状", BODY + "两种系统的不同之处如下：",
             "1. 前者比后者简单，任务间通讯只支持队列。\n2. 后者的支持比前者多，除系统外还有图形界面。\n"
             "3. 后者可靠性更高，而且耐优化，前者在实际使用中出现过问题。\n4. 后者的移植更方便，已在多种芯片上运行。"]
    return "\n\n".join(lines) + "\n\n" + tail[0] + "".join(tail[1:])


def test_a_short_title_a_blank_line_below_a_packed_list_of_sentences_is_the_next_section():
    doc = parse_document(_report(["5.总结", "\n\n" + BODY, "\n\n6.参考资料", "\n\n[1] 嵌入式系统导论"]).encode(),
                         "report.txt")
    got = [(h.marker.strip(), h.title, h.depth) for h in doc.headings]
    assert ("5.", "总结", 1) in got and ("6.", "参考资料", 1) in got


@pytest.mark.parametrize("tail", [
    ["\n5. 后者的文档更全。"],  # packed on, no blank line: the list's next item
    ["\n\n5. 后者的文档更全，社区也更活跃。"],  # a sentence again: an item set apart
])
def test_the_next_item_of_a_packed_list_stays_an_item(tail):
    doc = parse_document(_report(tail).encode(), "report.txt")
    assert all(h.depth > 1 or h.title not in ("后者的文档更全", "后者的文档更全，社区也更活跃")
               for h in doc.headings)
    assert [h.title for h in doc.headings if h.depth == 1] == ["项目背景", "立项依据", "重要性分析", "相关工作"]
