"""Round 45b: a title of one Chinese character set apart between passages ('食', '住', '行' in a year's review, '宏'
in a camp's notes) is a title as its longer siblings are; a lone '无' or '略' under a label, or a unit in a table's
column, stays text."""

from __future__ import annotations

import pytest

from support import parse_document

_BODY = ("这一年里我把大部分空闲时间都花在了这件事情上，虽然中间也有过几次想要放弃的念头，但最后还是坚持了下来，"
         "回头看看觉得还是很值得的。")


def _titles(text: str) -> list[str]:
    return [h.title for h in parse_document(text.encode("utf-8"), "review.txt").headings]


def _review(parts: list[str]) -> str:
    blocks = ["2024 年度总结", ""]
    for part in parts:
        blocks += [part, "", _BODY, "", _BODY, ""]
    return "\n".join(blocks)


@pytest.mark.parametrize("parts, lone", [
    (["前言", "设备", "食", "住", "行", "游戏"], ["食", "住", "行"]),
    (["学习 Rust 语言", "所有权", "宏", "生命周期"], ["宏"]),
    (["开场", "猫", "手工", "技术与折腾"], ["猫"]),
])
def test_a_one_character_title_set_apart_is_a_title(parts, lone):
    titles = _titles(_review(parts))
    assert all(t in titles for t in lone), titles
    assert all(t in titles for t in parts if len(t) > 1), titles


@pytest.mark.parametrize("text", [
    "\n".join(["活动通知", "", "活动时间", "", "周六下午两点", "", "预备知识", "", "无", "", "活动地点", "",
               "图书馆三楼报告厅", "", "联系人", "", "张老师"]),
    "\n".join(["1 引言", "", _BODY, "", "1.1 编写目的", "", "略", "", "1.2 背景", "", _BODY, "", "2 总体设计", "",
               _BODY]),
    "\n".join(["产量统计", "", _BODY, "", "产品名称", "单位", "产量", "油茶籽", "吨", "22507", "核桃", "吨", "1075", "",
               _BODY]),
])
def test_a_lone_answer_or_unit_stays_text(text):
    titles = _titles(text)
    assert not any(len(t) == 1 for t in titles), titles
