"""Round 55N (issue #9, news pages): rules built here from short texts of the shape news pages are written in, each
with the lines it must leave alone."""

from __future__ import annotations

import pytest

from support import parse_document

BODY = "记者从市教育局获悉，今年全市新增学位一万余个，各区已按计划完成校舍改造，开学准备工作总体顺利。"
HEADLINE = "全市中小学秋季开学准备就绪"
MORE = "据介绍，新学期各校将继续推进课后服务，家长可通过学校公众号了解具体安排和报名方式，名额充足。"


def _titles(lines: list[str], name: str = "news.txt") -> list[str]:
    doc = parse_document("\n".join([HEADLINE, *lines]).encode(), name)
    return [h.marker.strip() + h.title for h in doc.headings]


@pytest.mark.parametrize("mark, names", [
    ("●", ["校园开放日", "名师课堂", "实验室参观"]),
    ("◆", ["招生计划", "报名时间", "录取办法"]),
    ("■", ["新区建设", "老城更新", "交通改善"]),
    ("★", ["第一站", "第二站", "第三站"]),
])
def test_a_frame_of_one_mark_on_both_sides_is_no_part_of_the_title(mark, names):
    lines = []
    for name in names:
        lines += [f"{mark}{name}{mark}", BODY, MORE]
    assert _titles(lines) == names


@pytest.mark.parametrize("mark, names", [
    ("●", ["校园开放日", "名师课堂", "实验室参观"]),  # a mark before the title only: it leads the title, as before
    ("◆", ["招生计划", "报名时间", "录取办法"]),
])
def test_a_mark_before_the_title_only_is_dropped_as_before(mark, names):
    lines = []
    for name in names:
        lines += [f"{mark}{name}", BODY, MORE]
    assert _titles(lines) == names


def test_a_title_ending_in_a_different_mark_keeps_it():
    lines = []
    for name in ["校园开放日★", "名师课堂★", "实验室参观★"]:  # '●…★': no frame, only the lead mark goes
        lines += [f"●{name}", BODY, MORE]
    assert _titles(lines) == ["校园开放日★", "名师课堂★", "实验室参观★"]
