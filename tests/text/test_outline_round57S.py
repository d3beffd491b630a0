"""Round 57S: a navigation link the writer set as a Markdown heading ('>>返回目录<<' over '---', '### [返回顶部](#top)',
'↑ 回到顶部' underlined) is no section: its line stays as text and the outline keeps the document's own headings. A
real section called '目录' or '导航', a link's words inside a title ('上一篇：…') and an app's '## 首页' are left alone."""

from __future__ import annotations

import pytest

from reader.text.formats import markdown_blocks

_BODY = "项目的命名采用小写字母和连字符，名称应能说明项目的用途。"


def _headings(text: str) -> list[tuple[str, int]]:
    return [(b.text, b.heading_level) for b in markdown_blocks(text) if b.heading_level]


@pytest.mark.parametrize("link", [
    '[**<p align="right">>>返回目录<<</p>**](#目录)\n---',
    "[返回目录](#目录)\n---",
    "↑ 回到顶部\n---",
    "[Back to top](#top)\n===",
    "### [返回顶部](#top)",
    "## ⬆ Back to Top",
    "#### 【返回列表】",
    "## 上一篇",
    "### 回到首页 →",
])
def test_a_link_set_as_a_heading_is_no_section(link):
    text = f"# 项目管理规范\n\n## 项目命名规则\n\n{_BODY}\n{link}\n\n## 项目结构\n\n{_BODY}\n"
    assert _headings(text) == [("项目管理规范", 1), ("项目命名规则", 2), ("项目结构", 2)]
    assert any(b.text and not b.heading_level and b.text != _BODY for b in markdown_blocks(text))  # kept as a line


@pytest.mark.parametrize("title, level", [
    ("## 目录", 2),
    ("目录\n---", 2),
    ("## 导航", 2),
    ("导航\n===", 1),
    ("## 上一篇：项目结构的约定", 2),
    ("## 首页", 2),  # an app's design: what its home screen shows
    ("## 返回按钮的设计", 2),
    ("## top 命令", 2),
])
def test_a_section_with_such_words_stays(title, level):
    text = f"# 项目管理规范\n\n{title}\n\n{_BODY}\n"
    assert _headings(text)[1][1] == level


def test_a_link_inside_a_sentence_stays_text():
    text = f"# 规范\n\n{_BODY}阅读完毕请点击上一篇继续。\n"
    assert _headings(text) == [("规范", 1)]
