"""Round 75I: levels the numbering shows. A subsection '1.1' (or '21.1') whose section line went unfound sits under
that line, found just above it, as '2.1' sits under its '第二章' (rule: `lostsections.lost_section_lines`); and a
title after a list's item '4.' right over the list's next '1.' stands beside the title that held the first list, not
inside item 4 (rule: `lostsections.titles_over_restarts`)."""

from __future__ import annotations

import pytest
from support import DATA, outline, parse_document

from reader.text.lostsections import titles_over_restarts
from reader.text.markers import match_heading
from reader.text.model import Heading

BODY = "本设计以单片机为控制核心，分为主从控制机，从机通过按键接收指令，并将指令传给无线发射模块进行发射。"
# d77_06's shape: the first chapter's title written with no number over its 1.1; 第二章 and 第三章 numbered
REPORT = ["摘  要", BODY, "1.1方案比较", "1.1.1人工服务的劣势：", BODY, "1.1.2方案优势：", BODY, "1.2方案设计与论证", BODY,
          "第二章、理论分析与计算", "2.1 系统原理框图", BODY, "2.2 单片机原理", BODY,
          "第三章、软件设计及流程图", "3.1 软件环境简介", BODY, "3.2 主机程序设计", BODY]
TAIL = [(1, "第二章"), (2, "2.1"), (2, "2.2"), (1, "第三章"), (2, "3.1"), (2, "3.2")]


@pytest.mark.parametrize("above, want", [
    # the chapter's title right over its 1.1: the chapter, 1.1 and 1.2 under it, 1.1.1 under 1.1
    (["方案比较、设计与论证"], [(1, "", "方案比较、设计与论证"), (2, "1.1", ""), (3, "1.1.1", ""), (3, "1.1.2", ""),
                             (2, "1.2", "")]),
    # no title line over it (an excerpt that starts inside chapter 1): 1.1 stays at the top, as before
    ([], [(1, "1.1", ""), (2, "1.1.1", ""), (2, "1.1.2", ""), (1, "1.2", "")]),
    # a sentence over it is no title: as before
    (["本章比较了三种方案，并给出设计与论证。"], [(1, "1.1", ""), (2, "1.1.1", ""), (2, "1.1.2", ""), (1, "1.2", "")]),
])
def test_a_subsection_whose_section_line_went_unfound_sits_under_that_line(above, want):
    got = outline(REPORT[:2] + above + REPORT[2:])
    assert got[0] == (1, "", "摘要")
    assert [(d, m) if m else (d, m, t) for d, m, t in got[1:len(want) + 1]] == [
        (d, m) if m else (d, m, t) for d, m, t in want]
    assert [(d, m) for d, m, _ in got[len(want) + 1:]] == TAIL


DOVE = DATA / "corpus" / "docs" / "d82_02_jiaocheng_dove_kuangjia.txt"  # a dev document: '21 异步方法' unfound


@pytest.mark.parametrize("title, depth", [("21异步方法", 1), ("生产者", 2), ("消费者", 2), ("删除和设置缓存", 2)])
def test_a_numbered_section_line_found_again_over_its_subsections(title, depth):
    """'21 生成实体类' and '21 异步方法' (two sections numbered 21) left both unfound; '21.1 生产者' stood at the top
    while '13.1 使用方法' sat under its '13. 如何使用缓存?'."""
    heads = parse_document(DOVE.read_bytes(), DOVE.name).headings
    assert [h.depth for h in heads if "".join((h.marker + h.title).split()).endswith(title)][-1:] == [depth]


def _headings(rows: list[tuple[int, str]]) -> tuple[list[Heading], list]:
    heads = [Heading(depth, "", text, n + 1, 0) for n, (depth, text) in enumerate(rows)]
    matches = [match_heading(text) for _, text in rows]
    return [Heading(h.depth, m.marker, m.title, h.line, 0) if m else h for h, m in zip(heads, matches)], matches


@pytest.mark.parametrize("after, depth", [
    ("1.访问数组列表元素", 1),  # the list starts again: the title holds it, beside 'Object：所有类的超类'
    ("5.访问数组列表元素", 3),  # the list goes on: the title is inside item 4, as before
    ("2.访问数组列表元素", 3),
])
def test_a_title_over_a_list_starting_again_stands_beside_the_first_lists_title(after, depth):
    rows = [(1, "Object：所有类的超类"), (2, "1.equals方法"), (2, "2.相等测试与继承"), (2, "4.toString方法"),
            (3, "泛型数组列表"), (2, after)]
    heads, matches = _headings(rows)
    assert titles_over_restarts(heads, matches)[4].depth == depth


JAVA = DATA / "corpus" / "docs" / "d44_10_xuexi_biji_core_java_ch5_jicheng.txt"  # a dev document


@pytest.mark.parametrize("title, depth", [("泛型数组列表", 1), ("toString方法", 2), ("访问数组列表元素", 2)])
def test_a_notes_title_after_a_list_is_no_part_of_its_last_item(title, depth):
    heads = parse_document(JAVA.read_bytes(), JAVA.name).headings
    assert [h.depth for h in heads if h.title == title] == [depth]
