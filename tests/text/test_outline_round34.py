"""Sub-titles a template repeats under each numbered part ('【教学内容】', '【基本要求】' under every 第N单元)."""

from __future__ import annotations

import pytest

from support import parse_document

_UNITS = (("线性表", "顺序表和链表的定义、存储结构及基本运算的实现。"),
          ("栈和队列", "栈和队列的定义、顺序存储与链式存储，以及它们在表达式求值中的应用。"),
          ("树和二叉树", "二叉树的性质、存储结构、遍历算法，哈夫曼树及其编码。"))
_GOAL = "掌握本单元的基本运算，能够分析算法的时间复杂度并用于解决实际问题。"


def _syllabus(labels: list[list[str]]) -> bytes:
    lines = ["《数据结构》课程教学大纲", "", "一、课程基本信息", "",
             "课程编号：CS2031，学分：3，总学时：48，适用专业：计算机科学与技术。", "", "二、教学内容与要求", ""]
    for n, ((name, body), shown) in enumerate(zip(_UNITS, labels), 1):
        lines += [f"第{n}单元 {name}（8学时）", ""]
        for label in shown:
            lines += [label, "", body if label.endswith("内容】") else _GOAL, ""]
    lines += ["三、考核方式", "", "平时成绩占百分之三十，期末考试占百分之七十，考试采用闭卷笔试的形式进行。"]
    return ("\n".join(lines) + "\n").encode("utf-8")


def test_the_same_sub_titles_under_each_part_are_the_parts_sections():
    """d69_09: a syllabus names the same parts under each unit; they were dropped, as lines inside numbered runs."""
    template = ["【教学内容】", "【基本要求】", "【培养的能力】"]
    doc = parse_document(_syllabus([template] * 3))
    units = [h for h in doc.headings if h.marker.startswith("第")]
    assert [h.title for h in units] == ["线性表（8学时）", "栈和队列（8学时）", "树和二叉树（8学时）"]
    subs = [h for h in doc.headings if h.title in template]
    assert len(subs) == 9 and {h.depth for h in subs} == {units[0].depth + 1}
    assert [h.marker for h in doc.headings if h.depth == 1] == ["一、", "二、", "三、"]  # the count goes on after them


@pytest.mark.parametrize("labels", [
    [["【主要内容】"], ["【真题关联】"], ["【主要内容】", "【真题关联】"]],  # labels now and then: no template
    [["【教学内容】", "【基本要求】"]] * 2 + [[]],  # under two parts only
], ids=["irregular", "two-parts"])
def test_labels_that_come_back_now_and_then_stay_labels(labels):
    """Guard: a study note's '主要内容' under some sections and '真题关联' under others (f16_06) head nothing."""
    doc = parse_document(_syllabus(labels))
    assert not [h for h in doc.headings if h.title.startswith("【")]
