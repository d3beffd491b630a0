"""Round 57H: a long stack of plain titles with no text between them (a report's 'in progress' items, each a bare line
set apart by blank lines) is a part over its list, not one level deeper per line: the stacked-title rule chained
every title under the one right above it, so a year-end summary's twelve bare items went twelve levels deep. Two,
three or four stacked titles still nest line under line (part, section, sub-section), as Markdown '#', '##', '###'
stripped of their marks do (rule: `recurring._STACK_LIST` in `nest_stacked_titles`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.text.candidate import Candidate, depth_of
from reader.text.document import load_document
from reader.text.recurring import nest_stacked_titles
from support import spaced_paragraphs

BODY = "本季度主要围绕基础设施的规范化展开，完成了文档迁移、会议管理和数据整理等多项工作。"
DOCS = Path(__file__).resolve().parent.parent / "data" / "corpus" / "docs"
ITEMS = ["项目维护", "公益数据库合作开发", "消息机器人捐赠", "年报基础设施讨论", "代码库清理", "域名统计", "协作数据库"]


def _depths(stack: list[str]) -> list[tuple[str, int]]:
    """Depths the rule gives a text of plain titles: a part right over its first section, two more sections with
    text, then `stack`, titles one right over the next with blank lines between and no text, then a last title."""
    titles = ["已完成", "内部治理", "社区运营", "活动支持", *stack, "反思"]
    blocks = ["已完成", "内部治理", BODY, "社区运营", BODY, "活动支持", BODY, *stack, BODY, "反思", BODY]
    paragraphs = list(spaced_paragraphs([x for block in blocks for x in (block, "")]))
    candidates = [Candidate(i, None, "container") for i, p in enumerate(paragraphs) if p.text in titles]
    nest_stacked_titles(candidates, paragraphs)
    return [(paragraphs[c.index].text, depth_of(c, candidates)) for c in candidates]


@pytest.mark.parametrize("size", [5, 6, 8])
def test_a_long_stack_of_titles_is_a_part_over_its_list(size):
    """'正在推进中' over five bare items or more: the first title holds the rest, each at one level."""
    stack = ["正在推进中", *ITEMS[:size - 1]]
    got = dict(_depths(stack))
    assert got["正在推进中"] == 1
    assert [got[t] for t in stack[1:]] == [2] * (size - 1)
    assert got["反思"] == 2  # after the list, a sibling of its items, as after a stacked pair


@pytest.mark.parametrize("size", [2, 3, 4])
def test_a_short_stack_still_nests_line_under_line(size):
    """'正在推进中' over '项目维护' over '公益数据库合作开发': part, section, sub-section, as before."""
    stack = ["正在推进中", *ITEMS[:size - 1]]
    got = dict(_depths(stack))
    assert [got[t] for t in stack] == list(range(1, size + 1))


def test_the_pairs_before_a_long_stack_keep_their_levels():
    """The stacked pair before the list is read as before: '已完成' over '内部治理', the titles after them its sections."""
    got = dict(_depths(["正在推进中", *ITEMS[:5]]))
    assert (got["已完成"], got["内部治理"], got["社区运营"], got["活动支持"]) == (1, 2, 2, 2)


def test_a_year_end_summary_s_bare_items_go_no_twelve_levels_deep():
    """The dev document f21_07 (a team's 2023 summary): its 'in progress' items, one bare line each, went down to
    depth 12; no heading of it now stands deeper than four."""
    doc = load_document(DOCS / "f21_07_zongjie_kaiyuanshe_jichusheshizu_2023.txt")
    assert max(h.depth for h in doc.headings) <= 4
