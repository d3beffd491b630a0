"""Forms met in a law-exam study note (f16_06) and a provincial notice (h18_02), each built here from its shape: a
chapter's own notes opening with '第四章 …', label lines inside a numbered section, and numbered terms defined one
per line."""

from __future__ import annotations

import pytest

from support import parse_document

BODY = "坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，加快构建新发展格局，着力推动高质量发展。"
TERMS = ["公共建筑工程：除砖混结构以外的建筑面积10000㎡以上或10层以上单体工程、建筑群体工程，以及同等规模的改建工程。",
         "住宅工程：除砖混结构以外的建筑面积10000㎡以上单体住宅工程、住宅小区或住宅组团工程，须整体竣工验收合格。",
         "工业建筑工程：建筑面积10000㎡以上或单跨24米以上单体工程，或工程造价5000万元以上的工业建筑群体工程。",
         "市政工程：工程造价2000万以上的城市道路整体工程；单跨跨度40米以上的城市桥梁工程；日处理能力的污水工程。"]


def _headings(lines: list[str], sep: str = "\n\n") -> list[tuple[int, str, str]]:
    doc = parse_document(sep.join(lines).encode(), "note.txt")
    return [(h.depth, h.marker, h.title) for h in doc.headings]


@pytest.mark.parametrize("mark", ["{n}、", "{n}. ", "（{n}）"])
def test_numbered_terms_defined_line_after_line_are_a_list(mark):
    """'1、公共建筑工程：…' to '4、市政工程：…', each a term and its definition with no paragraph of its own: a glossary."""
    items = [mark.format(n=n) + t for n, t in enumerate(TERMS, 1)]
    lines = ["关于申报2011年度优质工程的通知", "一、申报工程范围", BODY, "二、申报规模标准", *items, BODY, "三、联系方式", BODY]
    assert _headings(lines) == [(1, "一、", "申报工程范围"), (1, "二、", "申报规模标准"), (1, "三、", "联系方式")]


def test_a_plans_run_in_sections_closed_by_a_colon_stay_sections():
    """'（一）指导思想：…' line after line is a plan's sections, run in, not a glossary."""
    items = [f"（{n}）{t}：{BODY}" for n, t in zip("一二三", ("指导思想", "基本原则", "工作目标"))]
    assert [h[1] for h in _headings(["某某工作方案", *items])] == ["（一）", "（二）", "（三）"]


def test_numbered_terms_each_over_a_paragraph_stay_sections():
    """The same terms with a paragraph under each are sections that open with their subject."""
    lines = ["关于申报2011年度优质工程的通知"]
    for n, t in enumerate(TERMS, 1):
        lines += [f"{n}、{t}", BODY]
    assert [h[1] for h in _headings(lines)] == ["1、", "2、", "3、", "4、"]


def test_a_chapters_own_notes_open_with_its_title():
    """'第四章 …' alone in its family, over the chapter's 第一节 and 第二节: the document's title, not a level above."""
    lines = ["第四章 中国共产党领导的革命根据地时期的法制", "第一节 工农民主政权", "一、宪法大纲", BODY, "二、土地立法", BODY,
             "第二节 抗日民主政权", "一、施政纲领", BODY]
    doc = parse_document("\n\n".join(lines).encode(), "note.txt")
    assert doc.title == lines[0]
    assert [(h.depth, h.marker) for h in doc.headings] == [(1, "第一节"), (2, "一、"), (2, "二、"), (1, "第二节"),
                                                           (2, "一、")]


def test_a_first_chapter_line_over_the_next_chapter_is_a_heading():
    """'第一章 总则' then '第二章 …': a text without a title line starts with its first chapter."""
    lines = ["第一章 总则", "第一条 " + BODY, "第二章 分则", "第二条 " + BODY]
    doc = parse_document("\n\n".join(lines).encode(), "law.txt")
    assert [h.marker for h in doc.headings][:1] == ["第一章"]


@pytest.mark.parametrize("sep", ["\n\n", "\n"], ids=["spaced", "line-after-line"])
def test_label_lines_inside_a_numbered_section_do_not_break_its_sequence(sep):
    """'主要内容' over '1.…' between '二、' and '三、': a label inside 二、, not a part holding what follows."""
    lines = ["某某学习笔记", "第一节 工农民主政权", "一、土地立法", "（一）井冈山土地法", BODY, "二、婚姻立法", "主要内容",
             "1. 男女婚姻自由，废除包办强迫", "2. 实行一夫一妻，禁止纳妾", "3. 保护军婚", "三、劳动立法", "内容",
             "1. 八小时工作制", "2. 保护女工童工", "四、刑事立法", BODY]
    got = _headings(lines, sep)
    assert [h[1] for h in got if h[0] == 2] == ["一、", "二、", "三、", "四、"]
    assert all(h[2] not in ("主要内容", "内容") or h[0] > 2 for h in got)
