"""A law's or a rulebook's contents list ('目录' over its chapter lines) is not its outline: the chapters below are."""

from __future__ import annotations

import pytest

from reader.text.outline import parse_outline
from reader.text.sections import ancestors
from support import DATA, outline, paragraphs, parse_document

CORPUS_TOOLS = DATA / "corpus"

BODY = "为了规范管理工作，保障当事人的合法权益，根据宪法和有关法律，制定本法，各有关方面应当遵照执行。"
CHAPTERS = ["第一章　总则", "第二章　管理机构", "第三章　程序", "第一节　申请", "第二节　审理", "第四章　附则"]
BODY_LINES = ["第一章　总则", "第一条　" + BODY, "第二条　" + BODY, "第二章　管理机构", "第三条　" + BODY,
              "第三章　程序", "第一节　申请", "第四条　" + BODY, "第二节　审理", "第五条　" + BODY,
              "第四章　附则", "第六条　本法自公布之日起施行。"]
WANT = [(1, "第一章"), (2, "第一条"), (2, "第二条"), (1, "第二章"), (2, "第三条"), (1, "第三章"), (2, "第一节"),
        (3, "第四条"), (2, "第二节"), (3, "第五条"), (1, "第四章"), (2, "第六条")]


@pytest.mark.parametrize("name,entries", [
    ("目录", CHAPTERS),
    ("目　　录", CHAPTERS),
    ("目錄", CHAPTERS),
    ("目录", ["　" + c for c in CHAPTERS]),  # indented entries, as the NPC database sets them
    ("目    录", ["第一章总  则5", "第二章管理机构6", "第三章程序8", "第一节申请8", "第二节审理9", "第四章附则12"]),  # pages run in
    ("目录", [c + "……" + str(n) for n, c in enumerate(CHAPTERS, 3)]),  # dot leaders
])
def test_contents_lines_are_not_headings_and_the_chapters_they_list_are(name, entries):
    lines = ["中华人民共和国管理法", "（2021年12月24日第十三届全国人民代表大会常务委员会第三十二次会议通过）", name,
             *entries, *BODY_LINES]
    found = parse_outline(paragraphs(lines), "中华人民共和国管理法")
    assert [(h.depth, h.marker) for h in found] == WANT
    assert found[0].line == len(entries) + 4  # the body's 第一章, not the contents line


def test_a_contents_list_the_document_never_repeats_stays_as_it_was():
    lines = ["工作手册", BODY, "目录", "第一章　总则", "第二章　管理机构", "第三章　程序", BODY]
    assert [(d, m) for d, m, _ in outline(lines, "工作手册")] == [(1, "第一章"), (1, "第二章"), (1, "第三章")]


def test_the_cleaner_keeps_a_chapter_line_that_repeats_a_contents_line_near_the_top():
    text = "\n".join(["中华人民共和国管理法", "", "（2021年12月24日通过）", "", "目录", *CHAPTERS[:3], "",
                      "第一章　总则", "", "第一条　" + BODY, "第二条　" + BODY, "第二章　管理机构", "第三条　" + BODY,
                      "第三章　程序", "第四条　" + BODY])
    doc = parse_document(text.encode("utf-8"), "law.txt")
    assert [p.text for p in doc.paragraphs].count("第一章　总则") == 2
    assert [h.marker for h in doc.headings] == ["第一章", "第一条", "第二条", "第二章", "第三条", "第三章", "第四条"]
    assert doc.headings[0].line == 10


def test_a_contents_heading_in_markdown_does_not_hold_the_chapters_after_it():
    source = CORPUS_TOOLS / "f7_tools" / "src" / "laosheng_zaosheng.md"  # setext '目录' / '----' over its list
    doc = parse_document(source.read_bytes(), source.name)
    titles = {i: h.title for i, h in enumerate(doc.headings)}
    chapter = next(i for i, h in enumerate(doc.headings) if h.marker == "第一章")
    assert "目录" in titles.values()
    assert "目录" not in [titles[a] for a in ancestors(doc.headings, chapter)]


def test_a_taiwan_law_pages_chapter_list_is_contents_not_chapters():
    source = CORPUS_TOOLS / "f6_tools" / "src" / "curist_guoyou_caichan_fa.md"  # '## 編章節' over links to chapters
    doc = parse_document(source.read_bytes(), source.name)
    chapters = [h.marker for h in doc.headings if h.marker.replace(" ", "").endswith("章")]
    assert len(chapters) == 8 and len(set(chapters)) == 8
    assert "第 一 章" in chapters


def test_a_white_papers_named_parts_in_its_contents_are_not_headings_twice():
    """A white paper lists '前言' and '结束语' in its contents among its numbered parts: the named lines there are
    contents entries like the numbered ones, and each part is found once, in the text."""
    parts = ["一、坚定不移走中国特色国家安全道路", "二、以人民安全为宗旨"]
    lines = ["目录", "前言", *parts, "结束语", "前言", BODY, parts[0], BODY, "（一）坚持党的绝对领导", BODY,
             parts[1], BODY, "结束语", BODY]
    assert [(d, m + t) for d, m, t in outline(lines)] == [
        (1, "前言"), (1, parts[0]), (2, "（一）坚持党的绝对领导"), (1, parts[1]), (1, "结束语")]


THESIS_CONTENTS = ["摘    要\ti", "Abstract\tii", "图表清单\tvii", "第一章\t绪论\t1", "1.1.\t研究背景\t1",
                   "1.2.\t数字液压技术研究概况\t2", "第二章\t高速开关阀工作原理与结构设计\t14", "2.1.\t高速开关阀的工作原理\t14"]
THESIS_BODY = ["图表清单", "图 1 数字液压刹车系统\t1", "第一章 绪论", "1.1. 研究背景", BODY, "1.2. 数字液压技术研究概况", BODY,
               "第二章 高速开关阀工作原理与结构设计", "2.1. 高速开关阀的工作原理", BODY]


@pytest.mark.parametrize("front", [
    ["摘    要", BODY, "Abstract", "This article investigates the status quo of digital hydraulics in brake systems."],
    [],  # no front pages at all: the entries for them still open the list
])
def test_a_theses_contents_that_lists_its_front_pages_first_is_not_its_outline(front):
    # a Word thesis saved as text (d40_06): its abstract stands above the contents, so the list's first entry never
    # recurs below it; the entries end with a tab and a page number, Roman on the front pages
    lines = ["高速开关阀研究", *front, "目    录", *THESIS_CONTENTS, *THESIS_BODY]
    first_body = len(front) + len(THESIS_CONTENTS) + 3
    got = [(h.line, h.marker) for h in parse_outline(paragraphs(lines), "高速开关阀研究")]
    assert not [line for line, _ in got if len(front) + 2 <= line < first_body]  # '目    录' and its entries
    assert [m for _, m in got if m] == ["第一章", "1.1.", "1.2.", "第二章", "2.1."]


def test_a_theses_contents_over_its_abstract_is_not_its_outline():
    # d40_08: '目    录' over '一．需求分析\t2' … then the abstract, then the chapters: the list ends at running text,
    # yet its entries all end in page numbers and the chapters repeat them
    entries = ["一．需求分析\t2", "1.1 手机游戏的发展趋势\t2", "1.2游戏开发平台\t2", "二．设计与实现\t4", "2.1 2048 游戏设计与实现\t4"]
    body = ["一．需求分析", "1.1 手机游戏的发展趋势", BODY, "1.2游戏开发平台", BODY, "二．设计与实现", "2.1 2048 游戏设计与实现", BODY]
    lines = ["基于unity的游戏盒子", "目    录", *entries, "摘  要", BODY, "关键词：手机游戏 游戏引擎 关卡设计", *body]
    got = [(h.line, h.marker) for h in parse_outline(paragraphs(lines), "基于unity的游戏盒子")]
    assert not [line for line, _ in got if line < len(entries) + 3]
    assert [m for _, m in got if m] == ["一．", "1.1", "1.2", "二．", "2.1"]


def test_a_reports_contents_paged_after_one_space_is_not_its_outline():
    # d73_11: '目录' over '1调研背景 3' … '2.1问卷设计和调查对象 4', the title and the abstract, then the sections: each
    # entry's page number follows one space, as a Word file's contents exported to text sets it
    entries = ["1调研背景 3", "1.1苏州话的基本概况 3", "1.2苏州话的使用现状 3", "2问卷分析 4", "2.1问卷设计和调查对象 4"]
    body = ["1调研背景", "1.1苏州话的基本概况", BODY, "1.2苏州话的使用现状", BODY, "2问卷分析", "2.1问卷设计和调查对象", BODY]
    lines = ["苏州方言传承保护探究", "目录", *entries, "摘 要：" + BODY, "关键词：苏州方言；方言保护", *body]
    got = [(h.line, h.marker) for h in parse_outline(paragraphs(lines), "苏州方言传承保护探究")]
    assert not [line for line, _ in got if line < len(entries) + 3]
    assert {"1.1", "1.2", "2.1"} <= {m for _, m in got}


def test_markdown_headings_one_after_another_are_no_contents_list():
    # a course's notes (d30_12): a week with no text yet is a run of '###' titles, and '本周课程辅助资料' ends every
    # week: headings the file marks, not a contents list whose entry recurs below
    weeks = [("7", ["7.6 习题", "7.7 本周课程辅助资料"]),
             ("8", ["8.1 公司基本情况汇总", "8.2 成本分析", "8.3 费用分析", "8.4 周转率分析", "8.5 当前状况总结",
                    "8.6 对未来的展望", "8.7 习题", "8.8 本周课程辅助资料"])]
    text = "# 财务分析\n\n## 第七周\n\n### 7.5 如何赚钱\n\n" + BODY + "\n\n"
    text += "".join(f"### {line}\n\n" for line in weeks[0][1]) + "## 某造纸企业案例分析\n\n"
    text += "".join(f"### {line}\n\n" for line in weeks[1][1]) + "## 现金流\n\n### 9.1 现金流说明什么\n\n" + BODY
    text += "\n\n### 9.8 本周课程辅助资料\n"
    markers = [h.marker for h in parse_document(text.encode("utf-8"), "notes.md").headings]
    assert {"7.6", "7.7", "8.1", "8.4", "8.8"} <= set(markers)
