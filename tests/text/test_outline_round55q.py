"""Round 55Q (issue #9): plain sub-titles inside numbered sections (sectiontitles.section_subtitles) and a note's list
of glossed items set line under line (tightitems.tight_items): the list is no section, holds no sub-title and gives
the rule no second section of its own."""

from __future__ import annotations

import pytest

from support import parse_document

BODY = "本部分说明这一阶段的主要做法和取得的成效，供今后的工作参考借鉴，也便于日后对照着复习。"
BULLETS = "* 第一项要点\n* 第二项要点\n* 第三项要点\n* 第四项要点\n* 第五项要点\n* 第六项要点"
GLOSSED = "这样做有三点好处：\n1. 速度快：只需移动指针即可分配内存；\n2. 无碎片：存活的对象都排在一起；\n3. 实现简单：代码不长。"
GLOSSED_STOP = "这样做有两点好处：\n1. 速度快：只需移动指针即可分配内存。\n2. 无碎片：存活的对象都排在一起。"
GLOSSED_TWO = "主要有两个问题：\n1. 效率问题：两个过程的效率都不高；\n2. 空间问题：会产生大量不连续的碎片。"


def _headings(blocks: list[str]) -> list[tuple[int, str, str]]:
    doc = parse_document(("\n\n".join(["学习笔记整理", BULLETS] + blocks) + "\n").encode(), "note.txt")
    return [(h.depth, h.marker.strip(), h.title) for h in doc.headings]


SPREAD = ["1、概述", BODY, "基本思路", BODY, "{list}", "适用场景", BODY, "2、实现", BODY, "内存布局", BODY, "回收过程",
          BODY, "3、总结", BODY]
ONE_SECTION = ["1、前言", BODY, "2、收集算法", BODY, "复制算法", BODY, "标记清除算法", BODY, "{list}", "标记整理算法",
               BODY, "分代收集", BODY, "3、触发条件", BODY, "4、小结", BODY]


def _with(blocks: list[str], middle: str) -> list[str]:
    return [middle if b == "{list}" else b for b in blocks]


SPREAD_WANT = [(1, "1、", "概述"), (2, "", "基本思路"), (2, "", "适用场景"), (1, "2、", "实现"), (2, "", "内存布局"),
               (2, "", "回收过程"), (1, "3、", "总结")]
ONE_WANT = [(1, "1、", "前言"), (1, "2、", "收集算法"), (1, "3、", "触发条件"), (1, "4、", "小结")]


@pytest.mark.parametrize("blocks, middle, want", [
    # titles in two sections, a list inside the first: the titles nest under their sections, the list is text
    (SPREAD, GLOSSED, SPREAD_WANT),
    (SPREAD, GLOSSED_TWO, SPREAD_WANT),
    (SPREAD, GLOSSED_STOP, SPREAD_WANT),
    # all titles in one section: the list's last item is no second section to hold the titles after it (the usual
    # path leaves titles in a single section out)
    (ONE_SECTION, GLOSSED, ONE_WANT),
    (ONE_SECTION, GLOSSED_TWO, ONE_WANT),
    (ONE_SECTION, GLOSSED_STOP, ONE_WANT),
])
def test_glossed_list_inside_a_holding_section_is_no_section(blocks, middle, want):
    assert _headings(_with(blocks, middle)) == want


@pytest.mark.parametrize("blocks, middle, kept", [
    # items set apart by blank lines, each over its own paragraph: no tight list, the numbered items stay as written
    (SPREAD, "这样做有两点好处：\n\n1. 速度快\n\n只需移动指针即可分配内存。\n\n2. 无碎片\n\n存活的对象都排在一起。",
     [("1.", "速度快"), ("2.", "无碎片")]),
])
def test_items_set_apart_stay(blocks, middle, kept):
    got = [(marker, title) for _, marker, title in _headings(_with(blocks, middle))]
    for heading in kept:
        assert heading in got
