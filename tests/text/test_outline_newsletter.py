"""Newsletters and scraped pages: item titles that start with a count, editors' notes, lists of short lines."""

from __future__ import annotations

import pytest

from support import parse_document
from support import outline

BODY = "本文详细介绍网页的数据块，用来插入语义信息，帮助搜索引擎理解页面内容，文章还给出了多个完整的例子。"
BODY2 = "作者认为新的工具正在改变人们获取信息的方式，传统搜索引擎的优势正在缩小，这篇分析值得一读。"

CASES = {
    "an item whose title starts with a count stays in its numbered sequence": (
        ["文章", "1、汇编语言入门", BODY, "2、网格布局详解", BODY2, "3、语义数据", BODY,
         "4、13个对前端开发有用的插件（英文）", BODY2, "5、谷歌不再是最好的搜索引擎", BODY],
        [(1, "1、", "汇编语言入门"), (1, "2、", "网格布局详解"), (1, "3、", "语义数据"),
         (1, "4、", "13个对前端开发有用的插件（英文）"), (1, "5、", "谷歌不再是最好的搜索引擎")],
    ),
    "an enumeration of months is not rescued without neighbours": (
        [BODY, "1、2月份全市经济运行平稳", BODY2], [],
    ),
    "an editor's bracketed note and a list of past issues are not section titles": (
        ["科技动态", BODY, "（此处有分隔线）", BODY2, "工具", BODY, "往年回顾", "没有目的地（2023 #283）",
         "生活就像一个鱼缸（2022 #233）", "腾讯的员工退休福利（2021 #183）", "贵州变瑞士（2020 #133）", BODY2],
        [(1, "", "科技动态"), (1, "", "工具")],
    ),
}


@pytest.mark.parametrize("name", CASES)
def test_newsletter_outline(name):
    lines, expected = CASES[name]
    got = outline(lines)
    assert [h for h in got if h[2] != "往年回顾"] == expected  # '往年回顾' over its list may or may not be a title


def test_questions_of_an_interview_are_headings():
    lines = ["访谈", BODY, "Q1：如果全面取消文书公开，将会面临什么样的负面影响？", BODY2, "Q2：司法公开的前景如何？", BODY,
             "Q3 2024年的数据显示增长放缓。", BODY2]
    assert outline(lines) == [(1, "Q1：", "如果全面取消文书公开，将会面临什么样的负面影响？"), (1, "Q2：", "司法公开的前景如何？")]


def test_a_title_does_not_run_on_into_the_first_numbered_heading():
    text = "关于恶臭气体超标排放法律适用有关问题的复函\n一、相关法律规定\n（一）关于超标排放大气污染物\n" + BODY + "\n" \
           "（二）关于未采取措施防止排放恶臭气体\n" + BODY2 + "\n二、法律适用意见\n" + BODY + "\n"
    doc = parse_document(text.encode(), name="f.txt")
    assert doc.title == "关于恶臭气体超标排放法律适用有关问题的复函"
    assert [(h.depth, h.marker) for h in doc.headings] == [(1, "一、"), (2, "（一）"), (2, "（二）"), (1, "二、")]
