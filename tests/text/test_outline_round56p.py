"""Round 56p: marks a Markdown file only seems to give (a bullet item over a rule is a list, then a break)."""

from __future__ import annotations

import pytest

from reader.text.formats import markdown_blocks


@pytest.mark.parametrize("source, line, level", [
    # a bullet's item over a rule: the list ends and a thematic break follows, as Markdown renders it
    ("## 本周进展\n\n- 我的朋友改名为我的好友\n---\n\n## 下周计划\n", 3, 0),
    ("* 根据评审意见修改需求文档\n---\n正文\n", 1, 0),
    ("+ 标签一\n---\n", 1, 0),
    ("  - 随笔\n---\n", 1, 0),
    # left alone: a numbered line the writer underlined is their heading ('1. 作用' over '---')
    ("1. 作用\n---\n\n代码评审的作用在于发现问题。\n", 1, 2),
    # left alone: a plain line underlined is a setext heading, '=' or '-'
    ("项目背景\n---\n\n正文。\n", 1, 2),
    ("总体设计\n====\n", 1, 1),
])
def test_bullet_over_rule(source: str, line: int, level: int) -> None:
    block = next(b for b in markdown_blocks(source) if b.line == line)
    assert block.heading_level == level


def test_bullet_over_rule_stays_item() -> None:
    """The item keeps its list's role: never a heading, whatever its words."""
    block = next(b for b in markdown_blocks("- 终结篇\n---\n") if b.line == 1)
    assert block.role == "item" and block.text == "终结篇"
