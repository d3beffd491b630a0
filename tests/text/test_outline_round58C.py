"""A report's numbered sections with a list inside one of them, numbered like the sections ('3. 实际遇到哪些问题' over
'1. 问题：…', '2. 问题：…', then '4. 项目的实际架构'): the list is section 3's, no sections of the report."""

from __future__ import annotations

import pytest

from reader.text.candidate import Candidate
from reader.text.innerlists import inner_counts
from reader.text.markers import match_heading
from support import parse_document

BODY = "本阶段按计划完成了各项任务，整体进度比预期提前一周，相关的文档和记录已经整理归档，供后续查阅和参考。"
POINT = "通过每周例会公开进度、设立小组奖励的方式，问题得到了较好的解决，成员的参与度也明显提高。"
SECTIONS = ["项目成员分工和预期计划", "项目的实际进度", "实际遇到哪些问题，是如何解决的", "项目的实际架构", "各个成员的过程体会"]


def _report(marks: list[str], inner: list[str], after: int = 2) -> str:
    """Sections numbered by `marks`, the `inner` lines (each over a paragraph) under the section at `after`."""
    lines = ["软件工程课程项目总结报告", ""]
    for k, (mark, title) in enumerate(zip(marks, SECTIONS)):
        lines += [mark + title, "", BODY, ""]
        if k == after:
            for item in inner:
                lines += [item, POINT, ""]
    return "\n".join(lines)


def _titles(text: str) -> list[tuple[int, str]]:
    return [(h.depth, h.title) for h in parse_document(text.encode(), "report.txt").headings]


ARABIC = ["1. ", "2. ", "3. ", "4. ", "5. "]
PAREN = ["（1）", "（2）", "（3）", "（4）", "（5）"]
HALF = ["1）", "2）", "3）", "4）", "5）"]


POINTS = ["问题：团队成员积极性不高，如何提高参与度？", "问题：数据库设计存在不足，如何设计完备的数据库？"]
TITLES = ["成员积极性不高", "数据库设计不足", "前后端接口不统一", "提交总是冲突", "前端如何请求数据", "其他技术问题"]


@pytest.mark.parametrize("marks, inner", [
    (ARABIC, [f"{n}. {t}" for n, t in enumerate(POINTS, 1)]),
    (ARABIC, [f"{n}. {t}：" for n, t in enumerate(TITLES, 1)]),  # labels over their points; past 4. and 5., then 4.
    (PAREN, [f"（{n}）{t}" for n, t in enumerate(POINTS, 1)]),
    (HALF, [f"{n}）{t}" for n, t in enumerate(POINTS, 1)]),
])
def test_a_list_inside_a_section_numbered_like_the_sections_is_no_section(marks, inner):
    assert _titles(_report(marks, inner)) == [(1, t) for t in SECTIONS]


@pytest.mark.parametrize("marks", [ARABIC, PAREN, HALF])
def test_titles_counted_inside_a_section_like_the_sections_are_its_sections(marks):
    inner = [marks[n] + t for n, t in enumerate(TITLES[:2])]
    want = [(1, t) for t in SECTIONS[:3]] + [(2, t) for t in TITLES[:2]] + [(1, t) for t in SECTIONS[3:]]
    assert _titles(_report(marks, inner)) == want


def _candidates(lines: list[str]) -> list[Candidate]:
    out = []
    for n, line in enumerate(lines):
        m = match_heading(line)
        out.append(Candidate(n, m, m.family if m else "container"))
    return out


def _read(lines: list[str]) -> list[tuple[int, int]]:
    """(line, parent line) of each kept line, -1 for the top, after the pass."""
    candidates = _candidates(lines)
    inner_counts(candidates)
    return [(c.index, candidates[c.parent].index if c.parent >= 0 else -1) for c in candidates if c.accepted]


TOP = -1


@pytest.mark.parametrize("lines, kept", [
    (["1. 分工", "2. 进度", "3. 问题", "1. 问题：积极性不高", "2. 数据库不足：", "4. 架构"],
     [(0, TOP), (1, TOP), (2, TOP), (5, TOP)]),
    (["（1）分工", "（2）进度", "（3）问题", "（1）积极性不高？", "（2）数据库不足？", "（4）架构"],
     [(0, TOP), (1, TOP), (2, TOP), (5, TOP)]),
    (["1. 分工", "2. 进度", "3. 问题", "1. 积极性", "2. 数据库", "4. 架构"],  # titles: 3.'s sections
     [(0, TOP), (1, TOP), (2, TOP), (3, 2), (4, 2), (5, TOP)]),
])
def test_a_count_inside_a_section_that_goes_on_after_it_is_the_sections_own(lines, kept):
    assert _read(lines) == kept


@pytest.mark.parametrize("lines", [
    ["1. 分工", "2. 进度", "3. 问题", "1. 积极性", "2. 数据库", "3. 接口", "4. 架构"],  # the count reaches 4. itself
    ["1. 分工", "2. 进度", "3. 问题", "1. 积极性", "2. 数据库"],  # the section's count does not go on: a new count
    ["1. 分工", "2. 问题", "1. 积极性", "3. 架构"],  # one item alone is no count
    ["1、分工", "2、进度", "3、问题", "1. 积极性", "2. 数据库", "4、架构"],  # another marker: the rules weigh it
    ["一、分工", "1. 积极性", "2. 数据库", "二、架构"],  # an official level over its points
])
def test_other_counts_are_left_as_the_rules_read_them(lines):
    assert _read(lines) == [(n, TOP) for n in range(len(lines))]


def test_a_list_whose_items_hold_sections_stays():
    candidates = _candidates(["1. 分工", "2. 问题", "1. 积极性", "成员访谈", "2. 数据库", "3. 架构"])
    candidates[3].parent = 2  # '成员访谈' under '1. 积极性'
    inner_counts(candidates)
    assert [(c.accepted, c.parent) for c in candidates] == [(True, -1)] * 3 + [(True, 2)] + [(True, -1)] * 2


def test_a_count_that_does_not_close_leaves_the_lines_after_it_read():
    """The pass goes on from the last line of a count that does not close, wherever in the text that count stands."""
    lines = ["总则", "说明", "附注", "目录", "（1）甲", "（1）乙", "（2）丙",
             "1. 分工", "2. 进度", "3. 问题", "1. 积极性", "2. 数据库", "4. 架构"]
    assert [p for n, p in _read(lines) if n in (10, 11)] == [9, 9]
