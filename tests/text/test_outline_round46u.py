"""Round 46u: (1) a Markdown file's contents list ('- [工作总结](#工作总结)', as an editor's TOC extension writes it) is a
list of entries: never the file's title, nor what makes the headings it names below repeats to drop; a file that
opens with it may still have its '#' title under it (rule: `mdlines.listed_entry` and `mdlines.leading_entries` in
the cleaner's title and header). (2) A dated heading the file marks under its '#' title ('## 2024-04-16 功能开发会议'
in a project's meeting records) is one meeting's section, never the document's date stamp (`mdlines.dated_section`).
(3) A front matter's YAML block scalar ('title: |' over its indented text, as read-later apps export an article) is
the title, not '|' (`frontmatter._block_scalar`)."""

from __future__ import annotations

import pytest

from reader.text.frontmatter import front_matter
from reader.text.mdlines import dated_section, leading_entries, listed_entry
from reader.text.model import Block
from support import parse_document

BODY = "这两个月主要参与了平台的迭代开发，修复了样式和接口上的问题，也做了几处交互上的优化，效果还不错。"
BODY2 = "除了开发之外，还协助测试同学梳理了回归用例，并把部署流程整理成文档，方便后来的同学上手。"


def _md(text: str) -> list[tuple[int, str]]:
    doc = parse_document(text.encode("utf-8"), name="notes.md")
    return [(h.depth, h.title) for h in doc.headings]


def _sections(toc: str, title: str = "# 入职两个月述职\n\n") -> str:
    return (f"{title}{toc}"
            f"## 工作总结\n\n### 平台迭代开发\n\n{BODY}\n\n### 协调支持工作\n\n{BODY2}\n\n"
            f"## 体会反思\n\n{BODY}\n\n## 后续规划\n\n{BODY2}\n")


TOC = ("- [入职两个月述职](#入职两个月述职)\n"
       "    - [工作总结](#工作总结)\n"
       "        - [平台迭代开发](#平台迭代开发)\n"
       "        - [协调支持工作](#协调支持工作)\n"
       "    - [体会反思](#体会反思)\n"
       "    - [后续规划](#后续规划)\n\n")

SECTIONS = [(1, "工作总结"), (2, "平台迭代开发"), (2, "协调支持工作"), (1, "体会反思"), (1, "后续规划")]

CASES = {
    "a contents list under the title: the headings it names stay headings": (
        _sections(TOC), SECTIONS,
    ),
    "a contents list opening the file, '#' title under it: the title over its parts": (
        _sections("", TOC + "# 入职两个月述职\n\n"), SECTIONS,
    ),
    "a contents list opening the file, '##' parts under it: its first entry no title": (
        "- [调研背景](#调研背景)\n- [调研目的](#调研目的)\n- [调研结论](#调研结论)\n\n"
        f"## 调研背景\n\n{BODY}\n\n## 调研目的\n\n{BODY2}\n\n## 调研结论\n\n{BODY}\n",
        [(1, "调研背景"), (1, "调研目的"), (1, "调研结论")],
    ),
}

SAME = {  # what stays as it was: a file with no contents list, a plain heading under its title
    "no contents list": (
        _sections(""), SECTIONS,
    ),
    "a lone '#' title over '##' parts and a paragraph": (
        f"# 调研报告\n\n{BODY}\n\n## 调研背景\n\n{BODY2}\n\n## 调研结论\n\n{BODY}\n",
        [(1, "调研背景"), (1, "调研结论")],
    ),
}


@pytest.mark.parametrize("text, expected", CASES.values(), ids=list(CASES))
def test_a_contents_list_keeps_the_headings_it_names(text, expected):
    assert _md(text) == expected


@pytest.mark.parametrize("text, expected", SAME.values(), ids=list(SAME))
def test_files_without_a_contents_list_are_unchanged(text, expected):
    assert _md(text) == expected


def test_the_title_under_a_contents_list():
    doc = parse_document(_sections("", TOC + "# 入职两个月述职\n\n").encode("utf-8"), name="notes.md")
    assert doc.title == "入职两个月述职"


@pytest.mark.parametrize("block, kind, expected", [
    (Block("工作总结", 6, 0, "item"), "markdown", True),
    (Block("工作总结", 6, 0, "item"), "html", False),  # a page's menu may be the chrome a subtitle repeats
    (Block("工作总结", 6, 2, ""), "markdown", False),
])
def test_listed_entry(block, kind, expected):
    assert listed_entry(block, kind) is expected


def test_leading_entries():
    blocks = [Block("调研背景", 1, 0, "item"), Block("调研目的", 2, 0, "item"), Block("调研背景", 4, 2, "")]
    assert leading_entries(blocks, "markdown") == 2
    assert leading_entries(blocks, "text") == 0
    assert leading_entries(blocks[:2], "markdown") == 2


def _records(first: str) -> str:
    return (f"# 项目会议记录\n\n## {first}\n\n### 参会人员\n\n{BODY}\n\n### 讨论内容\n\n{BODY2}\n\n"
            f"## 2024-03-20 项目启动会议\n\n### 参会人员\n\n{BODY}\n")


RECORDS = [(1, "2024-04-16 功能开发会议"), (2, "参会人员"), (2, "讨论内容"), (1, "2024-03-20 项目启动会议"),
           (2, "参会人员")]


def test_a_dated_section_under_the_title_is_no_date_stamp():
    assert _md(_records("2024-04-16 功能开发会议")) == RECORDS


def test_a_plain_date_line_under_the_title_stays_its_stamp():
    doc = parse_document(f"# 项目会议记录\n\n2024-04-16 10:00 发布\n\n## 参会人员\n\n{BODY}\n\n## 讨论内容\n\n"
                         f"{BODY2}\n".encode("utf-8"), name="notes.md")
    assert [(h.depth, h.title) for h in doc.headings] == [(1, "参会人员"), (1, "讨论内容")]
    assert doc.date.startswith("2024-04-16")


@pytest.mark.parametrize("block, kind, expected", [
    (Block("2024-04-16 功能开发会议", 3, 2, ""), "markdown", True),
    (Block("2024-04-16 功能开发会议", 3, 2, ""), "html", False),  # a page's <h4> may carry its stamp and source
    (Block("2024-04-16 10:00 发布", 3, 0, ""), "markdown", False),
])
def test_dated_section(block, kind, expected):
    assert dated_section(block, kind) is expected


SAVED = ("---\nid: 5d1c\ntitle: |\n  锂价回落之后的矿企 | 某某财经\nauthor: >-\n  张三\ndraft: true\n---\n\n"
         f"# 锂价回落之后的矿企 | 某某财经\n\n## 业绩回升\n\n{BODY}\n\n## 跨界造车\n\n{BODY2}\n")


@pytest.mark.parametrize("text, expected", [
    (SAVED, ({"title": "锂价回落之后的矿企 | 某某财经", "author": "张三"}, 8)),
    ("---\ntitle: |\n  第一行\n  第二行\n\ndate: 2024-01-02\n---\n", ({"title": "第一行 第二行", "date": "2024-01-02"}, 7)),
    ("---\ntitle: 锂价回落之后的矿企\n---\n", ({"title": "锂价回落之后的矿企"}, 3)),  # a plain value, as before
    ("+++\ntitle = \"|\"\n+++\n", ({"title": "|"}, 3)),  # TOML has no block scalars
])
def test_front_matter_block_scalars(text, expected):
    assert front_matter(text) == expected


def test_a_block_scalar_title_is_the_documents():
    doc = parse_document(SAVED.encode("utf-8"), name="saved.md")
    assert doc.title == "锂价回落之后的矿企 | 某某财经"
    assert [(h.depth, h.title) for h in doc.headings] == [(1, "业绩回升"), (1, "跨界造车")]
