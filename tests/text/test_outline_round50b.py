"""Round 50B: a part's name standing inside a list of the text's part titles (a site's menu atop a chapter, a
thesis's running list of its chapters) is the list's entry, not the part, while a name over its own items, over a
bulleted list, or as the last title over the text still heads it; a line right under one left open on a comma goes on
with its sentence, no title."""

from __future__ import annotations

import pytest

from support import parse_document

from reader.text.model import Paragraph
from reader.text.midsentence import continues_sentence
from reader.text.partlists import listed_parts

BODY = "本章介绍调查的背景与方法，说明样本的来源、问卷的设计以及数据清洗的步骤，并给出主要的统计口径。"
BODY2 = "我们对回收的问卷逐份核对，剔除了填写不完整的答卷，最后保留的有效样本覆盖了全国大部分省份。"


def _titles(text: str) -> list[tuple[int, str]]:
    doc = parse_document(text.encode("utf-8"), name="doc.txt")
    return [(h.line, h.title) for h in doc.headings]


# a site's menu atop the chapter: the book's parts, its name among them, then the chapter itself
MENU = ("调查篇 · 年度开发者报告\n引言\n调查篇\n数据篇\n趋势篇\n展望篇\n结语\n本书由文档工具生成\n"
        "一、报告概述\n" + BODY + "\n二、调查方法\n" + BODY2 + "\n")
# a thesis's running list of its chapters, one a page, a page's number among them, then the end of the text
RUNNING = ("第一章 绪论\n\n" + BODY + "\n\n第二章 高速开关阀的工作原理\n\n" + BODY2 + "\n\n第三章 总结与展望\n\n" + BODY
           + "\n\n参考文献\n\n[1] 张明. 高速开关阀研究[J]. 液压与气动, 2019.\n\n致谢\n\n"
           "感谢导师多年来的悉心指导，也感谢实验室的同学们给予的帮助。\n\n某某大学硕士学位论文\n\n绪论\n\n2\n\n"
           "高速开关阀的工作原理\n\n刹车压力控制系统建模\n\n总结与展望\n\n参考文献\n\n致谢\n\n攻读学位期间的成果\n")


@pytest.mark.parametrize("text, gone", [
    (MENU, [(2, "引言"), (7, "结语")]),
    (RUNNING, [(23, "绪论"), (33, "参考文献"), (35, "致谢")]),
])
def test_a_name_inside_a_list_of_titles_is_no_part(text: str, gone: list[tuple[int, str]]) -> None:
    titles = _titles(text)
    for item in gone:
        assert item not in titles
    assert (13, "参考文献") in titles or text is MENU  # the thesis's own part stays


@pytest.mark.parametrize("text, kept", [
    # the name heads its own lettered items, bare as they are
    (BODY + "\n\n附录\n\n附录1 电路板设计图\n\n附录2 电路原理图\n\n附录3 单片机源程序\n\n附录4 元件清单\n\n附录5 测试记录\n",
     (3, "附录")),
    # the name heads a list of links set with bullets
    ("性能优化\n\n* 内存列存储\n* 字节码生成\n\n参考\n* 编程指南\n* 中文版指南\n* 入门攻略\n* 架构实践\n", (6, "参考")),
    # the last title over the text's body, a chapter's own name under its numbered title on a menu
    ("第十章 网络\n第十一章 安全\n第十二章 应用\n本书由文档工具生成\n第一章 概述\n概述\n什么是数字货币\n" + BODY + "\n", (6, "概述")),
    # the name over its text, short lines above it that are no list
    ("年度报告\n\n编写说明\n\n" + BODY + "\n\n引言\n\n" + BODY2 + "\n", (7, "引言")),
])
def test_a_name_over_its_own_part_stays(text: str, kept: tuple[int, str]) -> None:
    assert kept in _titles(text)


def _paras(lines: list[str]) -> list[Paragraph]:
    return [Paragraph(text=t, line=k, start=0) for k, t in enumerate(lines, 1)]


@pytest.mark.parametrize("lines, named, expected", [
    (["目录页", "引言", "第一篇", "第二篇", "第三篇", "结语", "附记"], {1, 5}, {1, 5}),
    (["目录页", "引言", "第一篇", "第二篇"], {1}, set()),  # too short a run for a list
    (["第一篇", "第二篇", "第三篇", "第四篇", "引言", BODY], {4}, set()),  # the last title over the body
    (["第一篇", "第二篇", "致谢", "xii", "第三篇", "第四篇", "第五篇"], {2}, {2}),  # a page's number passes
    (["第一篇，其一", "引言", "第二篇", "第三篇", "第四篇", "第五篇"], {1}, set()),  # a clause above: no entry
])
def test_listed_parts(lines: list[str], named: set[int], expected: set[int]) -> None:
    assert listed_parts(_paras(lines), named, [None] * len(lines)) == expected


# A title never starts in the middle of a sentence: a line right under one left open on a comma goes on with it.


def test_a_title_after_a_parted_line_stays() -> None:
    text = ("系统需求\n\n" + BODY + "\n\n本节列出的要求包括：性能、可靠性、\n\n安全要求\n\n" + BODY2 + "\n\n维护要求\n\n"
            + BODY + "\n\n部署要求\n\n" + BODY2 + "\n")  # a blank line under the open clause: the title stands
    assert "安全要求" in [t for _, t in _titles(text)]


@pytest.mark.parametrize("above, written, line, expected", [
    ("确定用户想要的是更多细节、解释还是确认，", None, "以便准确地回应", True),
    ("性能、可靠性、", None, "安全要求", True),
    ("确定用户想要的是更多细节。", None, "以便准确地回应", False),  # a finished sentence
    ("我们将获取引用作为函数参数称为借用，", "我们将获取引用作为函数参数称为借用,", "slice", False),  # ',' as written
    ("确定用户想要的是更多细节、解释还是确认，", None, "【要点】", False),  # the writer's own title mark
])
def test_continues_sentence(above: str, written: str | None, line: str, expected: bool) -> None:
    read = [Paragraph(text=above, line=1, start=0), Paragraph(text=line, line=2, start=0)]
    as_written = None if written is None else [Paragraph(text=written, line=1, start=0), read[1]]
    assert continues_sentence(read, 1, as_written) is expected
    parted = [read[0], Paragraph(text=line, line=3, start=0)]  # a blank line between
    assert continues_sentence(parted, 1, as_written) is False
