"""Round 54G (issue #9, tutorials, study notes and code-bearing documents): rules built here from short texts of the
shape such notes are written in, each with the lines it must leave alone."""

from __future__ import annotations

import pytest

from support import parse_document

BODY = "这一部分记录学习过程中的要点，并配上一小段示例代码，方便以后复习时对照着查看，也便于日后整理成文。"
ALGO = "该算法的核心是将可用内存按容量划分为大小相等的两块，每次只使用其中的一块，用完后把存活对象复制到另一块。"


def _note(middle: str) -> list[tuple[str, str]]:
    """A Markdown study note: numbered sections, a bulleted list, plain sub-titles, `middle` under one of them."""
    blocks = ["JVM学习笔记", "1、前言", BODY, BODY, "2、分代收集", BODY,
              "年轻代： 新创建的对象都存放在这里，很快就会变得不可达。", "老年代： 存活下来的对象会被复制到这里，占用的空间更大。",
              "3、收集算法", "收集算法如下：", "* 复制算法\n* 标记清除算法\n* 标记整理算法\n* 方法区回收\n* 分代收集",
              "复制算法", ALGO, "![][1]", "标记清除算法", ALGO, "![][2]", middle, "标记整理算法", ALGO, "方法区回收", ALGO,
              "4、两个重要方法", BODY, "5、触发条件", BODY, "6、小结", BODY]
    doc = parse_document(("\n\n".join(blocks) + "\n").encode(), "note.txt")
    return [(h.marker.strip(), h.title) for h in doc.headings]


SECTIONS = [("1、", "前言"), ("2、", "分代收集"), ("3、", "收集算法"), ("", "复制算法"), ("", "标记清除算法"),
            ("", "标记整理算法"), ("", "方法区回收"), ("4、", "两个重要方法"), ("5、", "触发条件"), ("6、", "小结")]


@pytest.mark.parametrize("middle", [
    "该算法会有以下两个问题：\n1. 效率问题：标记和清除两个过程的效率都不高；\n2. 空间问题：清除后会产生大量不连续的内存碎片。",
    "这样做有两点好处：\n1. 速度快：只需移动指针即可分配内存；\n2. 无碎片：存活的对象都排在一起。",
    "这样做有三点好处：\n1. 速度快：只需移动指针即可分配内存；\n2. 无碎片：存活的对象都排在一起；\n3. 实现简单：代码不长。",
])
def test_glossed_items_line_under_line_are_a_list_not_sections(middle):
    assert _note(middle) == SECTIONS


@pytest.mark.parametrize("middle, kept", [
    # items set apart by blank lines, each over its own paragraph: sections, as written
    ("这样做有两点好处：\n\n1. 速度快\n\n只需移动指针即可分配内存。\n\n2. 无碎片\n\n存活的对象都排在一起。",
     [("1.", "速度快"), ("2.", "无碎片")]),
])
def test_items_set_apart_stay(middle, kept):
    got = _note(middle)
    for heading in kept:
        assert heading in got
