"""Round 49k: Markdown sources as a reader opens them (.md): a read-later app's export wrapper ('# 标题', its links,
'# Full Content:') is no part of the article's outline (`exportwrap.unwrap_export`)."""

from __future__ import annotations

import pytest

from support import parse_document

BODY = "这门课程的期末考试分为笔试和上机两部分，笔试考查基本概念，上机要求在规定时间内完成三道编程题目。"
BODY2 = "老师建议同学们平时多做练习，遇到问题及时在课程群里提问，助教会在每周三晚上集中答疑一次。"


def _md(text: str) -> list[tuple[int, str]]:
    doc = parse_document(text.encode("utf-8"), name="saved.md")
    return [(h.depth, h.title) for h in doc.headings]


def _export(article: str, title: str = "期末复习指南｜课程笔记-某某网") -> str:
    return ("---\nid: 0a1b2c\ntitle: |\n  " + title + "\ndate_saved: 2024-01-02 10:00:00\n---\n\n"
            f"# {title}\n#Omnivore\n\n[Read on Omnivore](https://omnivore.app/me/x)\n\n"
            "[Read Original](https://example.com/p/1)\n\ndate_saved: 2024-01-02 10:00:00\n\n---\n\n"
            "# Full Content:\n\n" + article)


SECTIONS = "".join(f"## **{t}**\n\n{BODY}\n\n{BODY2}\n\n" for t in ("考试范围", "复习方法", "常见问题"))
NUMBERED = "".join(f"{t}\n\n{BODY}\n\n{BODY2}\n\n" for t in ("一、考试范围", "二、复习方法", "三、常见问题"))
WANT = [(1, "考试范围"), (1, "复习方法"), (1, "常见问题")]


@pytest.mark.parametrize("article, want", [
    (SECTIONS, WANT),  # the label heads nothing of the article's own: its '##' sections are its top level
    ("## 期末复习指南｜课程笔记\n\n" + BODY + "\n\n" + SECTIONS, WANT),  # the article's title repeated: no section
    (NUMBERED, WANT),  # no '#' left in the article: its unmarked parts are found as in a text file
])
def test_an_export_wrapper_is_no_part_of_the_outline(article: str, want: list[tuple[int, str]]):
    assert [(d, t.replace("**", "")) for d, t in _md(_export(article))] == want


@pytest.mark.parametrize("text, kept", [
    ("# 课程笔记\n\n" + BODY + "\n\n## Full Content\n\n" + BODY2 + "\n\n## 考试范围\n\n" + BODY + "\n", "Full Content"),
    # a second-level 'Full Content' is a section of the file, no wrapper's first-level label
    ("# 课程笔记\n\n" + BODY + "\n\n# 内容提要\n\n" + BODY2 + "\n\n## 考试范围\n\n" + BODY + "\n", "内容提要"),
    # another first-level heading is a part of the file, never a wrapper's label
])
def test_a_heading_that_is_no_wrapper_label_stays(text: str, kept: str):
    assert any(kept in t for _, t in _md(text))


def test_a_section_that_does_not_repeat_the_title_stays():
    got = _md(_export("## 前言\n\n" + BODY + "\n\n" + SECTIONS))
    assert any("前言" in t for _, t in got)

