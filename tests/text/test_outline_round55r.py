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



@pytest.mark.parametrize("text, want", [
    ("一天下来领了一堆没用的小纪念品 xD", True),
    ("还有两个人吃了四人份的火锅，爽的 LOL", True),
    ("朋友送的生日礼物 >_<", True),
    ("这就是传说中的加班文化 LMAO", True),
    ("当时的我还不知道后面会发生什么（笑）", True),
    ("英雄联盟 LOL", False),  # a game's name: no clause before the word
    ("设计工具 Adobe XD", False),  # a product's name
    ("今天收到了六份礼物，ok XD", True),  # the two-letter token read as two letters, the space before it kept
    ("做完了，效果很好XD", True),
    ("年度总结 LOL", False),  # no clause: it may be a title's word
    ("技术分享", False),
    ("阅读与思考", False),
    ("HELLOL", False),  # the word inside a longer one
])
def test_a_chatty_ending(text, want):
    from reader.text.chatter import chatty_ending

    assert chatty_ending(text) is want


BLOG = "今年发生了很多事情，回头看看，有收获也有遗憾，这里简单记录一下这一年里值得记住的一些瞬间和想法。"


def _blog(remarks: list[str]) -> list[tuple[int, str]]:
    """A blog's year in 'topic | phrase' parts, plain titles inside them, and picture remarks between paragraphs."""
    lines = ["2023 年终总结", "", "前言", "", BLOG, "", "技术 | 向更深处走去", "", BLOG, "", "漏洞挖掘", "", BLOG, "",
             remarks[0], "", BLOG, "", "开源贡献", "", BLOG, "", "学业 | 摸鱼也是在学习", "", BLOG, "",
             remarks[1], "", BLOG, "", "生活 | 慢下来的日子", "", BLOG, "", "健身", "", BLOG, "", remarks[2], "", BLOG,
             "", "旅行", "", BLOG, "", "结语", "", BLOG]
    doc = parse_document("\n".join(lines).encode("utf-8"), "blog.txt")
    return [(h.depth, h.title) for h in doc.headings]


def test_remarks_ending_in_a_laugh_are_no_titles_and_the_parts_still_nest():
    """'…小纪念品 xD' under a picture is a remark; the 'topic | phrase' parts hold the titles after them all the same."""
    got = _blog(["一天下来领了一堆没用的小纪念品 xD", "考前一晚通宵复习，结果睡过头了 LOL", "朋友送的生日礼物 >_<"])
    assert got == [(1, "前言"), (1, "技术 | 向更深处走去"), (2, "漏洞挖掘"), (2, "开源贡献"), (1, "学业 | 摸鱼也是在学习"),
                   (1, "生活 | 慢下来的日子"), (2, "健身"), (2, "旅行"), (1, "结语")]


@pytest.mark.parametrize("parts, titles, want", [
    (["成就 | 往事", "学业 | 摸鱼", "生活 | 远方"], 12, True),  # each topic once, a fifth of the titles or more
    (["年度征文｜我的翻译之路", "年度征文｜工具盘点", "数读｜银行保险"], 12, False),  # a feed's column again and again
    (["成就 | 往事", "学业 | 摸鱼", "生活 | 远方"], 100, False),  # a few among a feed's many headlines
])
def test_year_parts_nest_without_a_stacked_pair(parts, titles, want):
    from reader.text.recurring import _year_parts

    assert _year_parts(parts, titles) is want
