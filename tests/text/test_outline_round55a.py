"""Round 55A: a Markdown heading set right under a one-line empty element (Typora's page break) is a heading."""

from __future__ import annotations

import pytest

from reader.text.formats import markdown_blocks

_BREAK = '<div style="page-break-after: always;"></div>'


@pytest.mark.parametrize(("source", "heading"), [
    (f"正文一段。\n\n{_BREAK}\n### 实验环境\n具体测试环境见表。\n", ("实验环境", 3)),
    (f"{_BREAK}\n## 免责声明\n本文仅供参考。\n", ("免责声明", 2)),
    ('<DIV STYLE="page-break-after: always;"></DIV>\n#### 运算器\n说明。\n', ("运算器", 4)),
    ("<p></p>\n# 第二部分\n", ("第二部分", 1)),
])
def test_heading_under_empty_element(source: str, heading: tuple[str, int]) -> None:
    assert heading in [(b.text, b.heading_level) for b in markdown_blocks(source)]


@pytest.mark.parametrize("source", [
    '<div align="center">\n# 居中的字\n</div>\n',  # an open element: its lines are its HTML, as CommonMark reads them
    '<div class="note"><b>注</b></div>\n## 不是标题\n',  # an element with content holds the lines to the blank line
    f"{_BREAK}\n正文，不是标题。\n## 也不是\n",  # only the line right under the break is let out
])
def test_html_block_holds_its_lines(source: str) -> None:
    assert not [b.text for b in markdown_blocks(source) if b.heading_level]


@pytest.mark.parametrize(("source", "headings"), [
    ("## 周一纪要\n正文。\n\n<<<<<<< HEAD\n=======\n\n## 周二纪要\n正文。\n", [("周一纪要", 2), ("周二纪要", 2)]),
    ("## 甲\n<<<<<<< HEAD\n旧的一行\n=======\n新的一行\n>>>>>>> feature/x\n", [("甲", 2)]),
    ("第一部分\n=======\n\n正文。\n", [("第一部分", 1)]),  # no conflict open: a setext title as written
    ("```\n<<<<<<< HEAD\n=======\n```\n", []),  # a fence shows the marks as code
])
def test_git_conflict_marks_are_no_titles(source: str, headings: list[tuple[str, int]]) -> None:
    assert [(b.text, b.heading_level) for b in markdown_blocks(source) if b.heading_level] == headings
    assert not any(b.text.startswith(("<<<<<<<", ">>>>>>>")) and b.role != "code" for b in markdown_blocks(source))
