"""Round 55T: a paper's section whose number is set against its title with no space ('6电路仿真') and has no
numbered subsection of its own is still the count's section where it stands alone between sections n-1 and n+1;
a tight number line outside such a gap ('3人一组') is left as the text's count."""

from __future__ import annotations

import pytest

from support import parse_document

BODY = "本节说明装置的总体结构，给出各个模块之间的连接关系，并说明主要的设计参数和选型的理由。"
BODY2 = "测试时把小车放在起点，记录它到达终点所用的时间，每组数据测量五次，取平均值作为结果。"


def _outline(text: str) -> list[tuple[int, str, str]]:
    doc = parse_document(text.encode("utf-8"), name="doc.txt")
    return [(h.depth, h.marker, h.title) for h in doc.headings]


def _paper(middle: str, last: str = "4 实物的制作与调试") -> str:
    """A paper numbered 1 … 4 with subsections under 1 and 2, `middle` between 2.2 and `last`."""
    return ("1 绪论\n\n1.1 研究背景\n\n" + BODY + "\n\n1.2 研究现状\n\n" + BODY2 + "\n\n2软件设计\n\n2.1 主程序框图\n\n"
            + BODY + "\n\n2.2 数据采集程序\n\n" + BODY2 + "\n\n" + middle + "\n\n" + BODY + "\n\n" + last + "\n\n"
            + BODY2 + "\n")


@pytest.mark.parametrize("middle, number, title", [
    ("3电路仿真", "3", "电路仿真"),  # a measure-like first character: the count still shows the section
    ("3实验结果", "3", "实验结果"),
    ("3系统测试与分析", "3", "系统测试与分析"),
])
def test_tight_section_in_the_count_gap_is_a_top_section(middle, number, title):
    got = _outline(_paper(middle))
    assert (1, number, title) in got
    assert (1, "4", "实物的制作与调试") in got


@pytest.mark.parametrize("middle, last", [
    ("3人一组，轮流测量。", "4 实物的制作与调试"),  # a sentence: no title
    ("5电路仿真", "4 实物的制作与调试"),  # not the number the gap wants
    ("3电路仿真", "5 实物的制作与调试"),  # no section n+1 after it: no gap to fill
])
def test_tight_line_outside_a_gap_is_not_a_section(middle, last):
    got = _outline(_paper(middle, last))
    assert all(not (d == 1 and m == middle[0]) for d, m, _ in got), got
