"""Round 46b: notes copied from Markdown lose their '##'/'###'; a part's title right over its first section's, right
over that one's sub-title ('淘汰策略' / 'LRU' / '原理') shows three levels, and the next sections ('LFU' over its own
'原理') are found only as a pair. A sub-title said again under each of them shows they are siblings of the first
section, inside the part; sections with sub-titles of their own, or with another title between, stay as they were."""

from __future__ import annotations

import pytest

from support import parse_document

_WHY = "缓存的容量总是有限的，当空间占满以后，系统必须决定把哪些旧数据清理出去，好给新数据腾出位置。"
_HOW = "这种做法实现起来并不复杂，只需要在每次访问时更新一下记录，淘汰时按记录挑出要清理的那一条即可。"
_CODE = "def get(self, key):\n    node = self.table[key]\n    self.touch(node)\n    return node.value"


def _headings(blocks: list[str]) -> list[tuple[int, str]]:
    doc = parse_document("\n\n".join(["缓存淘汰学习笔记", *blocks]).encode("utf-8"))
    return [(h.depth, h.title) for h in doc.headings]


def _kinds(subs: list[str], part: bool = True) -> list[str]:
    """'淘汰策略' right over 'LRU 最近最少使用' right over its first sub-title, then the other kinds, each right over
    a sub-title of its own (`part`: False leaves '淘汰策略' out, the kinds then head the text's parts)."""
    blocks = ["什么是缓存淘汰", _WHY] + (["淘汰策略"] if part else [])
    for kind, sub in zip(["LRU 最近最少使用", "LFU 最不经常使用", "FIFO 先进先出"], subs):
        blocks += [kind, sub, _HOW, _CODE]
    return blocks + ["实际项目中的选择", _WHY]


@pytest.mark.parametrize("subs, same", [
    (["原理", "原理", "原理"], 3),
    (["代码实现", "代码实现", "适用场景"], 2),  # the last has a sub-title of its own: the first two share one
])
def test_sections_that_share_a_sub_title_are_siblings_in_the_part(subs, same):
    found = _headings(_kinds(subs))
    assert found[:2] == [(1, "什么是缓存淘汰"), (1, "淘汰策略")]
    kinds = [(d, t) for d, t in found if t.endswith(("使用", "先出"))]
    assert [d for d, _ in kinds[:same]] == [2] * same
    assert [d for d, t in found if t == subs[0]] == [3] * same


@pytest.mark.parametrize("subs, part", [
    (["原理", "特点", "优缺点"], True),  # no sub-title said again: the pairs show nothing of the others' level
    (["原理", "原理", "原理"], False),  # the kinds head the text's parts: they stay at the top
])
def test_sections_without_a_shared_sub_title_or_part_keep_their_level(subs, part):
    found = _headings(_kinds(subs, part))
    kinds = [d for d, t in found if t.endswith(("使用", "先出"))]
    assert kinds == ([2, 1, 1] if part else [1, 1, 1])


def test_numbered_sections_keep_their_numbers_levels():
    blocks = ["1. 淘汰策略", _WHY, "1.1 LRU 最近最少使用", "原理", _HOW, "1.2 LFU 最不经常使用", "原理", _HOW,
              "2. 实际项目中的选择", _WHY]
    found = _headings(blocks)
    assert [(d, t) for d, t in found if t != "原理"] == [(1, "淘汰策略"), (2, "LRU 最近最少使用"),
                                                          (2, "LFU 最不经常使用"), (1, "实际项目中的选择")]
