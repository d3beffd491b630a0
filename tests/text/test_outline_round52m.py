"""Forms met in lecture notes and meeting records, each built here from its shape (round 52, helper M)."""

from __future__ import annotations

import pytest

from support import parse_document

BODY = "本节先给出模型的设定，再讨论均衡的存在性与唯一性，最后给出一个数值例子来说明结论。"


def _headings(lines: list[str]) -> list[tuple[int, str]]:
    doc = parse_document("\n".join(lines).encode(), "notes.txt")
    return [(h.depth, (h.marker + h.title).replace(" ", "")) for h in doc.headings]


HEAD = ["2021，微观经济学，李明", "", "第一讲 消费者选择", "李明，某某大学经济学院", ""]
SECTIONS = ["1. 偏好与效用", BODY, "", "1.1. 无差异曲线", BODY, "", "1.2. 边际替代率", BODY, "",
            "2. 预算约束", BODY, "", "2.1. 价格变化", BODY, ""]
NUMBERED = [(1, "1.偏好与效用"), (2, "1.1.无差异曲线"), (2, "1.2.边际替代率"), (1, "2.预算约束"), (2, "2.1.价格变化")]


@pytest.mark.parametrize("lines, expected", [
    # a handout's head (a lone 第三讲 is dropped already: a lone number that starts no sequence): its course line, then its lecture's name over the lecturer: the notes' name, no part
    (HEAD + SECTIONS, NUMBERED),
    (["课程笔记", "", "      第一课.1 数组与链表", "        王芳，某某学院，wf@example.edu.cn", "", *SECTIONS], NUMBERED),
    (["算法设计", "", "第1讲：动态规划", "王芳", "阅读材料：教材第一章", "", *SECTIONS], NUMBERED),
])
def test_a_lone_lecture_atop_its_notes_is_their_title(lines, expected):
    assert _headings(lines) == expected


@pytest.mark.parametrize("lines, lecture", [
    # two lectures in one text: each is a part holding its sections
    (["第一讲 消费者选择", "", *SECTIONS, "第二讲 生产者选择", "", BODY, ""], "第一讲消费者选择"),
    # a lecture named after running text of the document's own: a part of that text
    (["讲义说明", "", BODY, "", "第一讲 消费者选择", "", *SECTIONS], "第一讲消费者选择"),
])
def test_a_lecture_among_others_or_after_text_stays_a_part(lines, lecture):
    found = _headings(lines)
    assert (1, lecture) in found
    assert (2, "1.偏好与效用") in found
