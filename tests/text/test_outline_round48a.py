"""Round 48a: a numbered part made wholly of named items, each name alone on its line over one paragraph describing
it, three times or more ('书法兴趣班' over what the class does under '（一）课后活动'), holds the names as its
sub-titles; two pairs, a figure or a list between, or a name with a clause in it leave the part as it reads
(rule: `nameditems.named_items`, applied as the parts' template in `outline`)."""

from __future__ import annotations

import pytest

from support import parse_document

D1 = "由学校美术老师每周二下午授课，学习楷书的基本笔画和结构，学期末举办一次作品展览，欢迎家长前来参观。"
D2 = "每周四下午在体育馆进行训练，由校外教练指导基本动作，表现突出的同学将代表学校参加区内的比赛。"
D3 = "每周五放学后在图书馆开展，由高年级同学带领低年级同学阅读绘本，并分享自己的读书心得和感受。"
D4 = "学校为有需要的学生提供免费午餐，由社工定期跟进学生的家庭情况，以便及时提供适切的协助。"
D5 = "学校定期举办家长讲座，介绍儿童成长各阶段的特点，帮助家长了解如何在家中支援孩子的学习。"
D6 = "本校设有多项支援计划，由老师、社工及校外机构合作推行，照顾不同学生的学习和成长需要。"


def _headings(lines: list[str]) -> list[tuple[int, str]]:
    doc = parse_document("\n".join(lines).encode("utf-8"), "t.txt")
    return [(h.depth, f"{h.marker}{h.title}".replace(" ", "")) for h in doc.headings]


NAMED = ["学生支援计划", D6, "（一）课后活动", "书法兴趣班", D1, "篮球训练队", D2, "阅读伙伴计划", D3,
         "（二）家庭支援", D4, D5, "（三）家长教育", D5, D4]
NAMED_OUT = [(1, "（一）课后活动"), (2, "书法兴趣班"), (2, "篮球训练队"), (2, "阅读伙伴计划"), (1, "（二）家庭支援"),
             (1, "（三）家长教育")]

CASES = {
    "three names, each over its paragraph, under one numbered part": (NAMED, NAMED_OUT),
    "an opening paragraph before the named items": (
        NAMED[:3] + [D6] + NAMED[3:], NAMED_OUT),
}

UNCHANGED = {
    "two pairs only": NAMED[:3] + NAMED[3:7] + NAMED[9:],
    "a figure between the items": NAMED[:7] + ["图2 篮球训练队合照"] + NAMED[7:],
    "a second paragraph under one name": NAMED[:5] + [D5] + NAMED[5:],
    "a name with a clause in it": NAMED[:3] + ["书法，楷书入门"] + NAMED[4:],
}


@pytest.mark.parametrize("lines, expected", list(CASES.values()), ids=list(CASES))
def test_named_items_are_sub_titles(lines, expected):
    assert _headings(lines) == expected


@pytest.mark.parametrize("lines", list(UNCHANGED.values()), ids=list(UNCHANGED))
def test_other_parts_keep_their_lines(lines):
    names = {"书法兴趣班", "篮球训练队", "阅读伙伴计划"}
    assert not names & {t for _, t in _headings(lines)}
