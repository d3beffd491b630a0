"""Forms of Markdown notes whose marks are gone, built here from their shape: a part title opening the text right over
its first section (a '#' over its '##')."""

from __future__ import annotations

import pytest

from support import parse_document

BODY = "这一周主要整理了测试用例，并和社区同学讨论了下一阶段的计划安排，会后把结论写进了共享文档里。"


def _headings(lines: list[str], sep: str = "\n\n") -> list[tuple[int, str, str]]:
    doc = parse_document(sep.join(lines).encode(), "note.txt")
    return [(h.depth, h.marker, h.title) for h in doc.headings]


OPENING = [
    (["十二月", "本月工作", "会议记录", BODY, "文档整理", BODY, "测试进展", BODY],
     [(1, "", "本月工作"), (2, "", "会议记录"), (2, "", "文档整理"), (2, "", "测试进展")]),
    (["学习笔记", "环境搭建", "安装步骤", BODY, "常见问题", BODY, "配置说明", BODY],
     [(1, "", "环境搭建"), (2, "", "安装步骤"), (2, "", "常见问题"), (2, "", "配置说明")]),
]


@pytest.mark.parametrize(("lines", "want"), OPENING)
def test_a_title_opening_the_text_right_over_its_first_section_holds_the_sections(lines, want):
    """'本月工作' right under the text's title and right over '会议记录', '文档整理', …: a '#' over its '##'."""
    assert _headings(lines) == want


OPENING_LEFT = [
    # a line with body under it before the first title: the text's lead, no part
    ["十二月", "本月工作", BODY, "会议记录", BODY, "文档整理", BODY, "测试进展", BODY],
    # numbered sections say their own level: the line over '1.' is the text's sub-title
    ["十二月", "本月工作", "1. 会议记录", BODY, "2. 文档整理", BODY, "3. 测试进展", BODY],
    # a byline or a date over the first title is no part's name
    ["十二月", "作者：张三", "会议记录", BODY, "文档整理", BODY, "测试进展", BODY],
    ["十二月", "2024年12月", "会议记录", BODY, "文档整理", BODY, "测试进展", BODY],
    # a news page's category over its headlines, their clauses set apart by a space
    ["晚报", "本地", "暴雨成灾 多区停课一天", BODY, "地铁新线 下月通车试运", BODY, "市民热议 公园改造方案", BODY],
]


@pytest.mark.parametrize("lines", OPENING_LEFT)
def test_no_opening_part_without_its_form(lines):
    assert not any(h[0] > 1 for h in _headings(lines))


def test_an_opening_line_set_against_its_neighbours_is_no_markdown_part():
    """Lines saved one a line, no blank lines: a site's breadcrumb or menu item over the first title, no '#'."""
    lines = ["十二月", "本月工作", "会议记录", BODY, "文档整理", BODY, "测试进展", BODY]
    assert all(h[0] == 1 for h in _headings(lines, "\n"))
