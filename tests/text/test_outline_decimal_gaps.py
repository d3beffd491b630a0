"""Decimal numbering names its section: a subsection whose first sibling the source skipped is still a subsection."""

from __future__ import annotations

import pytest

from support import outline

# Lines of paper04 (the MonetDB/X100 translation, whose source goes from 4.1 to 4.1.2), cut down.
BODY = "X100使用一种相当标准的关系代数作为查询语言。我们脱离了纯粹的关系代数，以便有效地执行查询。"
PAPER = ["MonetDB/X100：超流水线查询执行", "1 Introduction", BODY, "2 How CPUs Work", BODY, "3 Microbenchmark: TPC-H Query 1",
         BODY, "3.1 Query 1: Baseline Performance", BODY, "4 X100: A Vectorized Query Processor", BODY, "4.1 Query Language", BODY]


@pytest.mark.parametrize("sub, found", [
    ("4.1.2 X100 Algebra", True),  # 4.1.1 skipped by the source
    ("4.1.3 X100 Algebra", True),
    ("4.1.9 X100 Algebra", False),  # a long gap: more likely a figure than a section
    ("4.2.2 X100 Algebra", False),  # names 4.2, which is not the open section
])
def test_a_subsection_after_a_skipped_first_one_nests_under_the_section_it_names(sub, found):
    got = outline(PAPER + [sub, BODY, "4.2 Vectorized Primitives", BODY], "MonetDB/X100：超流水线查询执行")
    marker = sub.split()[0]
    assert ((3, marker) in [(d, m) for d, m, _ in got]) is found
    assert (2, "4.2") in [(d, m) for d, m, _ in got]


def test_each_chapter_of_a_tender_document_numbers_its_sections_afresh():
    """招标文件: 第一章 has 1.–4. with 2.1…, 第二章 starts at 1. again with 1.1: that 1.1 continues 第二章's 1.,
    not 第一章's (2.–4. were once set aside as rows inside 第一章's section 1)."""
    body = "本招标项目已由市发展改革委批准建设，建设资金来自财政资金，招标人为某某市城市建设投资有限公司。"
    lines = ["第一章　招标公告", "1.招标条件", body, "2.项目概况与招标范围", "2.1 建设地点", body, "2.2 计划工期", body,
             "3.投标人资格要求", body, "4.招标文件的获取", body,
             "第二章　投标人须知", "1.总则", "1.1 项目概况", body, "1.2 资金来源和落实情况", body, "2.招标文件", body]
    assert [(d, m) for d, m, _ in outline(lines)] == [
        (1, "第一章"), (2, "1."), (2, "2."), (3, "2.1"), (3, "2.2"), (2, "3."), (2, "4."),
        (1, "第二章"), (2, "1."), (3, "1.1"), (3, "1.2"), (2, "2.")]


# A translated paper's chapter printed alone (f6_02's shape): its English title, then the chapter in Chinese over 4.1, 4.2.
CHAPTER = ["4. Hashed Timelock Contract (HTLC)", "4. 哈希时间锁定合约", BODY, "4.1 不可撤销的HTLC构建", BODY,
           "4.2 链下可撤销HTLC", BODY, "4.2.1 HTLC 的终止", BODY, "4.3 HTLC 的应用", BODY]


@pytest.mark.parametrize("chapter, kept", [
    ("4. 哈希时间锁定合约", True),  # its own 4.1 and 4.2 follow: the chapter of an excerpt
    ("5. 哈希时间锁定合约", False),  # 4.1 does not number under 5.: a stray line, as before
])
def test_a_chapter_printed_alone_heads_the_sections_it_numbers(chapter, kept):
    got = [(d, m) for d, m, _ in outline([CHAPTER[0], chapter] + CHAPTER[2:], CHAPTER[0])]
    assert ((1, chapter.split()[0]) in got) is kept
    assert ((2, "4.1") in got) is kept and ((3, "4.2.1") in got) is kept


def test_a_chapter_on_the_first_line_is_the_title_not_a_heading():
    """'5. 流和多路复用' opening an RFC chapter's translation is the document's title; its 5.1 stay top sections."""
    got = [(d, m) for d, m, _ in outline(["5. 流和多路复用", BODY, "5.1 流的状态", BODY, "5.2 流控", BODY])]
    assert got == [(1, "5.1"), (1, "5.2")]
