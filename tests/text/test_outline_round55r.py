"""Round 55 (R): reports' outlines: the title again under a contents list that names it is no section."""

from __future__ import annotations

import pytest

from support import parse_document

BODY = "本节介绍这一部分的主要内容和工作安排，具体的做法和要求在后文中逐项展开说明，供各位参考。"
CHAPTERS = [("第一章", "项目背景", ["研究现状", "存在问题"]), ("第二章", "调研方法", ["问卷设计", "访谈安排"]),
            ("第三章", "调研结果", ["数据统计", "结果分析"])]
SECTIONS = [name for _, name, subs in CHAPTERS for name in (name, *subs)]


def _titles(title: str, head: str, spaced: bool) -> list[str]:
    """A report: its title, a contents list under '目录' whose first entry is `head`, then the body opening with it."""
    toc, body = ["目录", f"{head} 1"], [head, BODY]
    for c, (number, name, subs) in enumerate(CHAPTERS, 1):
        toc.append(f"{number}{name} {c + 1}")
        body.append(f"{number}{name}")
        for s, sub in enumerate(subs, 1):
            toc.append(f"{c}.{s}、{sub} {c + 1}")
            body += [f"{c}.{s}、{sub}", BODY]
    lines = [title, *toc, *body]
    if spaced:
        lines = [x for line in lines for x in (line, "")]
    return [h.title for h in parse_document("\n".join(lines).encode("utf-8"), "report.txt").headings]


@pytest.mark.parametrize("title, head, spaced, kept", [
    # the list opens with the report's own title, which the first body page prints again: the title, no section
    ("校园网络使用情况调研报告", "校园网络使用情况调研报告", False, False),
    ("校园网络使用情况调研报告", "校园网络使用情况调研报告", True, False),
    ("Web前端开发规范建议文档", "web前端开发规范建议文档", False, False),  # the list's key is cased alike
    # a first entry naming a part of its own ('调研概述'), not the title: a section the list names, kept
    ("校园网络使用情况调研报告", "调研概述", False, True),
    ("校园网络使用情况调研报告", "调研概述", True, True),
])
def test_the_title_again_under_a_contents_list_is_no_section(title, head, spaced, kept):
    titles = _titles(title, head, spaced)
    assert (head in titles) is kept
    assert [t for t in titles if t != head] == SECTIONS  # the sections the list names are all found

