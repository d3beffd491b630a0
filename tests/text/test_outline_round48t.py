"""Round 48t: sub-titles said again under each section inside a part ('主要特点', '适用场景' under 'TiDB', again under
'OceanBase' and 'PolarDB', all inside '产品对比') are a level below those sections, as in an outline of unnumbered
titles with no parts (rule: `partrecurring.nest_recurring_in_parts`, over `recurring.nest_recurring_run`). A
sub-title under two sections only may be one topic said twice, and a part that holds its own title again ran on past
its end: both stay as they are.

And a named part ('前言' before the parts, '总结' after them) no longer keeps the title depth model from weighing the
other titles (`titledepth.top_titles(named_ok=True)`): the model weighs the unnumbered titles around it as it would
without it, and a named part ends the part before it."""

from __future__ import annotations

import pytest

from support import blocks_outline

B1 = "这一年里我们围绕既定目标推进了多项工作，整体进展顺利，也在实践中发现了一些需要改进的地方，下面分别说明。"
B2 = "团队成员分工明确，每周召开一次例会同步进度，遇到问题及时沟通解决，保证了各项任务能够按时完成并交付。"
B3 = "在具体实施过程中，我们先梳理了现有流程，再逐项制定改进方案，最后通过小范围试点验证效果后全面推广。"


def _outline(blocks: list[str]) -> list[tuple[str, int]]:
    return [(h.marker + h.title, h.depth) for h in blocks_outline(blocks)]


CASES = {
    "'主要特点', '适用场景' under each product inside '产品对比'": (
        ["数据库选型调研报告", "调研背景", B1, "产品对比", "TiDB", B2, "主要特点", B3, "适用场景", B1,
         "OceanBase", B2, "主要特点", B3, "适用场景", B1, "PolarDB", B2, "主要特点", B3, "适用场景", B1,
         "选型建议", "性能优先", B2, "成本优先", B3],
        [("调研背景", 1), ("产品对比", 1), ("TiDB", 2), ("主要特点", 3), ("适用场景", 3), ("OceanBase", 2),
         ("主要特点", 3), ("适用场景", 3), ("PolarDB", 2), ("主要特点", 3), ("适用场景", 3), ("选型建议", 1),
         ("性能优先", 2), ("成本优先", 2)]),
    "'优点', '不足' under each app inside '同类产品分析', then the part's own closing section": (
        ["校园跑腿小程序需求调研", "用户访谈", B1, "同类产品分析", "闪送同城急送", B2, "优点", B3, "不足", B1, "达达快送", B2,
         "优点", B3, "不足", B1, "美团跑腿", B2, "优点", B3, "不足", B1, "对比小结", B2,
         "产品定位", "目标用户", B3, "核心功能", B1],
        [("用户访谈", 1), ("同类产品分析", 1), ("闪送同城急送", 2), ("优点", 3), ("不足", 3), ("达达快送", 2), ("优点", 3),
         ("不足", 3), ("美团跑腿", 2), ("优点", 3), ("不足", 3), ("对比小结", 2), ("产品定位", 1), ("目标用户", 2),
         ("核心功能", 2)]),
}

GUARDS = {
    "a sub-title under two sections only: one topic said twice, kept beside them": (
        ["数据库选型调研报告", "调研背景", B1, "产品对比", "TiDB", B2, "主要特点", B3, "适用场景", B1,
         "OceanBase", B2, "主要特点", B3, "适用场景", B1, "选型建议", "性能优先", B2, "成本优先", B3],
        [("调研背景", 1), ("产品对比", 1), ("TiDB", 2), ("主要特点", 2), ("适用场景", 2), ("OceanBase", 2),
         ("主要特点", 2), ("适用场景", 2), ("选型建议", 1), ("性能优先", 2), ("成本优先", 2)]),
}


@pytest.mark.parametrize("blocks,expected", list(CASES.values()), ids=list(CASES))
def test_recurring_sub_titles_inside_a_part(blocks: list[str], expected: list[tuple[str, int]]) -> None:
    assert _outline(blocks) == expected


@pytest.mark.parametrize("blocks,expected", list(GUARDS.values()), ids=list(GUARDS))
def test_sub_titles_said_twice_stay(blocks: list[str], expected: list[tuple[str, int]]) -> None:
    assert _outline(blocks) == expected


S = ["这一年里我们围绕既定目标推进了多项工作，整体进展顺利，也在实践中发现了一些需要改进的地方。",
     "团队成员分工明确，每周召开一次例会同步进度，遇到问题及时沟通解决，保证了各项任务按时交付。",
     "在具体实施过程中，我们先梳理了现有流程，再逐项制定改进方案，最后通过小范围试点验证效果。"]
PARTS = [("为什么要引入缓存？", 20, []), ("缓存设计的简史", 30, []),
         ("缓存的基本用法", 3, ["读穿透（read through）", "写回（write back）", "过期时间（TTL）", "缓存预热"]),
         ("缓存的性能", 12, []), ("缓存的使用建议", 2, ["什么情况适合使用缓存", "什么情况不宜使用缓存"]),
         ("缓存的限制", 3, ["一致性难以保证", "内存成本较高", "冷启动时命中率低"]),
         ("绕开限制的思路", 2, ["双写加延迟删除", "分层缓存（L1/L2）", "异步预热"])]


def _body(n: int) -> list[str]:
    return [S[k % 3] for k in range(n)]


def _report(lead: list[str], tail: list[str]) -> list[str]:
    blocks = ["缓存实践调研报告", *lead]
    for title, size, sections in PARTS:
        blocks += [title, *_body(size)]
        for section in sections:
            blocks += [section, *_body(12)]
    return blocks + tail


NAMED = {
    "'前言' before the parts": (["前言", *_body(4)], [], [("前言", 1)], []),
    "'前言' before and '总结' after": (["前言", *_body(4)], ["总结", *_body(3)], [("前言", 1)], [("总结", 1)]),
}


@pytest.mark.parametrize("lead,tail,before,after", list(NAMED.values()), ids=list(NAMED))
def test_named_parts_leave_the_depth_model_to_weigh_the_titles(lead: list[str], tail: list[str],
                                                                before: list, after: list) -> None:
    plain = _outline(_report([], []))
    assert any(depth == 2 for _, depth in plain)  # the model sees two levels in the text without named parts
    assert _outline(_report(lead, tail)) == before + plain + after
