"""parse_outline on documents of our own making: nesting, lists that are not headings, laws, unnumbered headings."""

from __future__ import annotations

import pytest

from reader.text.model import Document, Paragraph
from reader.text.outline import parse_outline
from support import outline, paragraphs

BODY = "坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，加快构建新发展格局，着力推动高质量发展。"
BODY2 = "各地区各部门要结合实际抓好贯彻落实，及时研究解决工作中遇到的新情况新问题，重要情况及时报告。"


CASES = {
    # ① numbers a point's paragraphs below the four levels of GB/T 9704 (the dev gold keeps 6 of 22 such runs)
    "GB/T 9704 chain 一、 > （一） > 1. > （1）, its ① points inside": (
        ["一、总体要求", BODY, "（一）指导思想", BODY, "1.坚持党的领导", BODY, "（1）把牢政治方向", BODY,
         "①强化理论武装。" + BODY, "②健全学习制度。" + BODY2, "（2）压实主体责任", BODY2, "2.坚持人民至上", BODY,
         "（二）基本原则", BODY, "二、主要任务", BODY2],
        [(1, "一、", "总体要求"), (2, "（一）", "指导思想"), (3, "1.", "坚持党的领导"), (4, "（1）", "把牢政治方向"),
         (4, "（2）", "压实主体责任"), (3, "2.", "坚持人民至上"), (2, "（二）", "基本原则"), (1, "二、", "主要任务")],
    ),
    "a document whose top level is （一） has it at depth 1": (
        [BODY, "（一）加强组织领导", BODY, "1.明确责任", BODY2, "2.细化分工", BODY, "（二）强化督促检查", BODY2],
        [(1, "（一）", "加强组织领导"), (2, "1.", "明确责任"), (2, "2.", "细化分工"), (1, "（二）", "强化督促检查")],
    ),
    "depth follows order of appearance, not a fixed rank: 1. above （一）": (
        ["1.工作目标", BODY, "（一）近期目标", BODY, "（二）远期目标", BODY2, "2.工作措施", BODY],
        [(1, "1.", "工作目标"), (2, "（一）", "近期目标"), (2, "（二）", "远期目标"), (1, "2.", "工作措施")],
    ),
    "full- and half-width parentheses and 1. 1、 １． are one family": (
        ["（一）第一项工作", BODY, "(二)第二项工作", BODY2, "1、具体要求", BODY, "２．具体办法", BODY2],
        [(1, "（一）", "第一项工作"), (1, "(二)", "第二项工作"), (2, "1、", "具体要求"), (2, "２．", "具体办法")],
    ),
    "run-in headings are titled by their heading part": (
        ["一、主要做法", BODY, "（一）完善理论学习制度。" + BODY, "（二）落实请示报告制度。" + BODY2,
         "（三）履行管党治党责任。" + BODY],
        [(1, "一、", "主要做法"), (2, "（一）", "完善理论学习制度"), (2, "（二）", "落实请示报告制度"),
         (2, "（三）", "履行管党治党责任")],
    ),
    "一是/二是 enumerations are body": (
        ["一、工作回顾", BODY, "一是经济运行稳中有进。" + BODY, "二是改革开放持续深化。" + BODY2, "二、下一步安排", BODY],
        [(1, "一、", "工作回顾"), (1, "二、", "下一步安排")],
    ),
    "items after a line ending in '：' are a list": (
        ["一、职责", "主管部门履行下列职责：", "（一）制定发展规划；", "（二）组织实施监督检查；",
         "（三）法律法规规定的其他职责。", "二、保障", BODY],
        [(1, "一、", "职责"), (1, "二、", "保障")],
    ),
    "headings after a colon are still headings when they have body text": (
        ["具体抓好三个方面工作：", "（一）巩固壮大实体经济", BODY, "（二）促进消费和投资", BODY2, "（三）推进科技创新", BODY],
        [(1, "（一）", "巩固壮大实体经济"), (1, "（二）", "促进消费和投资"), (1, "（三）", "推进科技创新")],
    ),
    "short numbered sentences one after another are a list": (
        ["一、保留条件", "符合下列要求的单位予以保留。", "1.有规范的名称。", "2.有固定的住所。", "3.有稳定的经费来源。",
         "4.按规定参加年检。", "二、整改要求", BODY],
        [(1, "一、", "保留条件"), (1, "二、", "整改要求")],
    ),
    "a colon-ended line is a heading only among headings": (
        ["一、总体要求", BODY, "二、主要任务：", BODY2, "三、保障措施", BODY, "具体包括：", "1.各地要：", BODY],
        [(1, "一、", "总体要求"), (1, "二、", "主要任务"), (1, "三、", "保障措施")],
    ),
    "a list written inside one paragraph is not a heading": (
        ["一、基本条件", BODY, "（1）有专职工作人员；（2）有固定的办公场所；（3）有必要的资金。", BODY2],
        [(1, "一、", "基本条件")],
    ),
    "a glossary of quoted terms is not headings": (
        [BODY, "名词注释", "1.“两重”：国家重大战略实施和重点领域安全能力建设。", "2.“四级三类”国土空间规划：四级为省、市、县、乡。",
         "3.货运企业“三上门两加强”行动：上门排忧解难、上门宣讲法规。", "4.“六个一”全覆盖：一批优质企业、一个协同创新平台。"],
        [],
    ),
    "glossary entries are not headings": (
        ["一、名词解释", "1.“两重”：国家重大战略实施和重点领域安全能力建设。", "2.“两新”：大规模设备更新和消费品以旧换新。",
         "二、其他说明", BODY],
        [(1, "一、", "名词解释"), (1, "二、", "其他说明")],
    ),
    "dates and years at the start of a line are not headings": (
        ["2025年是收官之年。" + BODY, "1982年12月4日 第五届全国人民代表大会第五次会议通过", "一、回顾", BODY],
        [(1, "一、", "回顾")],
    ),
    "a stray number out of sequence is not a heading": (
        ["一、总体要求", BODY, "二、主要任务", BODY2, "五、这一段其实是引文里的编号", BODY, "三、保障措施", BODY],
        [(1, "一、", "总体要求"), (1, "二、", "主要任务"), (1, "三、", "保障措施")],
    ),
    "a lone high number in the middle of body text is not a heading": (
        [BODY, "三、这是正文中孤立的编号，没有前文。" + BODY, BODY2],
        [],
    ),
    "an excerpt may begin at its second top-level section": (
        ["二、主要任务", BODY, "三、保障措施", BODY2],
        [(1, "二、", "主要任务"), (1, "三、", "保障措施")],
    ),
    "a table of contents does not hide the headings after it": (
        ["目录", "一、总体要求……………1", "二、主要任务……………5", "三、保障措施……………9", "一、总体要求", BODY,
         "二、主要任务", BODY2, "三、保障措施", BODY],
        [(1, "一、", "总体要求"), (1, "二、", "主要任务"), (1, "三、", "保障措施")],
    ),
    "numbering that starts again in an annex nests under the annex": (
        ["一、正文要求", BODY, "二、正文任务", BODY2, "附件", "一、附件说明", BODY, "二、附件表格", BODY2,
         "附件：1.统计表 2.名单"],
        [(1, "一、", "正文要求"), (1, "二、", "正文任务"), (1, "", "附件"), (2, "一、", "附件说明"),
         (2, "二、", "附件表格")],
    ),
    "run-in headings closed by a colon, and questions that keep their mark": (
        ["（一）指导思想：" + BODY, "（二）基本原则：" + BODY2, "（三）为什么要改革？" + BODY],
        [(1, "（一）", "指导思想"), (1, "（二）", "基本原则"), (1, "（三）", "为什么要改革？")],
    ),
    "law: 编 > 章 > 节 > 条, each article one below its enclosing unit": (
        ["第一编 总则", "第一章 基本规定", "第一条 " + BODY, "第二条 " + BODY2, "第二章 民事主体",
         "第一节 自然人", "第三条 " + BODY, "第二节 法人", "第四条 " + BODY2, "第二编 物权", "第五条 " + BODY],
        [(1, "第一编", "总则"), (2, "第一章", "基本规定"), (3, "第一条", "第一条"), (3, "第二条", "第二条"),
         (2, "第二章", "民事主体"), (3, "第一节", "自然人"), (4, "第三条", "第三条"), (3, "第二节", "法人"),
         (4, "第四条", "第四条"), (1, "第二编", "物权"), (2, "第五条", "第五条")],
    ),
    "law: articles before any chapter, then a preamble-like 序言 and chapters": (
        ["第一条 " + BODY, "第二条 " + BODY2, "序言", BODY, "第一章 总纲", "第三条 " + BODY],
        [(1, "第一条", "第一条"), (1, "第二条", "第二条"), (1, "", "序言"), (1, "第一章", "总纲"),
         (2, "第三条", "第三条")],
    ),
    "law: 附则 after the chapters holds its articles": (
        ["第一章 总则", "第一条 " + BODY, "第二章 分则", "第二条 " + BODY2, "附则", "第三条 " + BODY],
        [(1, "第一章", "总则"), (2, "第一条", "第一条"), (1, "第二章", "分则"), (2, "第二条", "第二条"), (1, "", "附则"),
         (2, "第三条", "第三条")],
    ),
    "law: items inside articles are not headings": (
        ["第一章 职权", "第十条 国务院行使下列职权：", "（一）规定行政措施；", "（二）编制国家预算；", "1.审定机构编制；",
         "第十一条 " + BODY],
        [(1, "第一章", "职权"), (2, "第十条", "第十条"), (2, "第十一条", "第十一条")],
    ),
    "traditional, spaced forms: 第 一 章 > 第 一 節 > 第 1 條": (
        ["第 一 章 總綱", "第 1 條", "中華民國基於三民主義，為民有民治民享之民主共和國。", "第 二 章 地方制度",
         "第 一 節 省", "第 2 條", "省得召集省民代表大會。", "第 二 節 縣", "第 3 條", "縣實行縣自治。"],
        [(1, "第 一 章", "總綱"), (2, "第 1 條", "第 1 條"), (1, "第 二 章", "地方制度"), (2, "第 一 節", "省"),
         (3, "第 2 條", "第 2 條"), (2, "第 二 節", "縣"), (3, "第 3 條", "第 3 條")],
    ),
    "Taiwanese codes: 編 > 章 > 節 > 款 > 目 > 條": (
        ["第一編 總則", "第一章 法例", "第一節 通則", "第一款 一般規定", "第一目 登記", "第 1 條", "民事依法律。"],
        [(1, "第一編", "總則"), (2, "第一章", "法例"), (3, "第一節", "通則"), (4, "第一款", "一般規定"),
         (5, "第一目", "登記"), (6, "第 1 條", "第 1 條")],
    ),
    "letter-spaced titles read as words; named headings are found when spaced too": (
        ["前 言", BODY, "第一章 总 则", "第一条 " + BODY, "第二章 附　　则", "第二条 " + BODY2],
        [(1, "", "前言"), (1, "第一章", "总则"), (2, "第一条", "第一条"), (1, "第二章", "附则"), (2, "第二条", "第二条")],
    ),
    "a chapter reference inside a sentence is not a unit": (
        ["第一章 总则", "第一条 " + BODY, "第二章规定的事项由主管部门负责。", "第二条 " + BODY2],
        [(1, "第一章", "总则"), (2, "第一条", "第一条"), (2, "第二条", "第二条")],
    ),
    "decimal numbering 1 / 1.1 / 1.1.1": (
        ["1 范围", BODY, "2 术语和定义", BODY2, "2.1 基本术语", BODY, "2.1.1 文件", BODY2, "2.1.2 版本", BODY,
         "2.2 其他术语", BODY2, "3 要求", BODY, "3.1 一般要求", BODY2],
        [(1, "1", "范围"), (1, "2", "术语和定义"), (2, "2.1", "基本术语"), (3, "2.1.1", "文件"), (3, "2.1.2", "版本"),
         (2, "2.2", "其他术语"), (1, "3", "要求"), (2, "3.1", "一般要求")],
    ),
    "decimal sections without their top-level lines": (
        ["1.1 适用范围", BODY, "1.2 术语", BODY2, "2.1 一般要求", BODY, "2.2 检验方法", BODY2],
        [(1, "1.1", "适用范围"), (1, "1.2", "术语"), (1, "2.1", "一般要求"), (1, "2.2", "检验方法")],
    ),
    "第一部分 > 一、 > （一）": (
        ["第一部分 总体要求", "一、指导思想", BODY, "（一）坚持党的领导", BODY2, "第二部分 主要任务", "一、重点工作", BODY],
        [(1, "第一部分", "总体要求"), (2, "一、", "指导思想"), (3, "（一）", "坚持党的领导"), (1, "第二部分", "主要任务"),
         (2, "一、", "重点工作")],
    ),
    "bare numbers alone do not make decimal headings": (
        [BODY, "1 范围", BODY2, "2 原则", BODY],
        [],
    ),
    "unnumbered standalone headings when the document has no numbered top level": (
        ["记者 张三 通讯员 李四", BODY, "加强政治建设 把牢方向", BODY, BODY2, "加强作风建设 树立形象", BODY2,
         "深化改革创新“再出发”", BODY],
        [(1, "", "加强政治建设 把牢方向"), (1, "", "加强作风建设 树立形象"), (1, "", "深化改革创新“再出发”")],
    ),
    "unnumbered sections above numbered ones: the numbered nest inside": (
        ["各位代表：", BODY, "“十四五”时期工作回顾", BODY, BODY2, "“十五五”时期的主要目标任务", BODY2,
         "2026年重点工作", "重点抓好三个方面工作：", "（一）放大促消费扩投资政策效应", BODY, "（二）加快建设现代化产业体系",
         BODY2, "（三）更好统筹发展和安全", BODY],
        [(1, "", "“十四五”时期工作回顾"), (1, "", "“十五五”时期的主要目标任务"), (1, "", "2026年重点工作"),
         (2, "（一）", "放大促消费扩投资政策效应"), (2, "（二）", "加快建设现代化产业体系"), (2, "（三）", "更好统筹发展和安全")],
    ),
    "one short line before numbered sections and one after them do not take over the outline": (
        [BODY, "做好新时代人大工作", BODY2, "一、总体要求", BODY, "二、主要任务", BODY2, "携手共创美好未来", BODY],
        [(1, "一、", "总体要求"), (1, "二、", "主要任务")],
    ),
    "a single short line (a photo caption) is not an outline": (
        [BODY, "市委书记在会上讲话", BODY2, BODY],
        [],
    ),
    "short lines are not unnumbered headings when numbered headings exist": (
        ["一、总体要求", BODY, "加强政治建设 把牢方向", BODY2, "加强作风建设 树立形象", BODY, "二、主要任务", BODY2],
        [(1, "一、", "总体要求"), (1, "二、", "主要任务")],
    ),
    "a scrape that breaks a marker over two lines": (
        ["一、回顾", BODY, "（一）经济运行稳中有进。", BODY, "（", "二）改革开放持续深化。", BODY2],
        [(1, "一、", "回顾"), (2, "（一）", "经济运行稳中有进"), (2, "（二）", "改革开放持续深化")],
    ),
}


@pytest.mark.parametrize("lines, expected", CASES.values(), ids=CASES.keys())
def test_outline(lines, expected):
    assert outline(lines) == expected


def test_the_document_title_is_not_a_heading():
    lines = ["一、关于加强管理的意见", BODY, "一、总体要求", BODY, "二、主要任务", BODY2]
    assert outline(lines, title="一、关于加强管理的意见") == [(1, "一、", "总体要求"), (1, "二、", "主要任务")]
    unnumbered = ["学习贯彻全会精神", BODY, "加强政治建设", BODY2, "加强作风建设", BODY]
    assert outline(unnumbered, title="学习贯彻全会精神") == [(1, "", "加强政治建设"), (1, "", "加强作风建设")]


def test_offsets_lines_and_heading_end_in_python_indices():
    lines = ["𠮷字开头的正文段落。" + BODY, "一、𠮷祥物管理。" + BODY2, "（一）名录。" + BODY, "（二）𠮷𠮷", BODY2]
    doc = Document(title="", paragraphs=paragraphs(lines))
    doc = Document(title="", paragraphs=doc.paragraphs, headings=parse_outline(doc.paragraphs))
    got = [(h.line, doc.text[h.offset:h.end]) for h in doc.headings]
    assert got == [(2, "一、𠮷祥物管理"), (3, "（一）名录"), (4, "（二）𠮷𠮷")]
    assert all(doc.paragraph_at(h.offset) == h.line - 1 for h in doc.headings)


def test_broken_marker_heading_spans_into_the_next_paragraph():
    lines = ["一、回顾", BODY, "（一）经济运行。", BODY, "（", "二）改革开放。", BODY2]
    doc = Document(title="", paragraphs=paragraphs(lines))
    h = parse_outline(doc.paragraphs)[-1]
    assert (h.line, h.offset) == (5, doc.paragraphs[4].start)
    assert doc.text[h.offset:h.end] == "（\n二）改革开放"


def test_empty_and_bodiless_documents():
    assert parse_outline(()) == ()
    assert parse_outline(paragraphs([BODY, BODY2])) == ()


def test_headings_the_file_format_marks_nest_by_level_with_numbered_ones_inside():
    # Markdown '##'/'###' or HTML <h2>/<h3>: the format says these are headings, numbered or not.
    marked = {0: 2, 4: 2, 5: 3}
    lines = ["一、总体要求", BODY, "（一）指导思想", BODY2, "二、主要任务", "重点工作", BODY, "（一）这一段只有一段。" + BODY]
    paras = tuple(Paragraph(p.text, p.line, p.start, marked.get(i, 0)) for i, p in enumerate(paragraphs(lines)))
    got = [(h.depth, h.marker, h.title) for h in parse_outline(paras)]
    assert got == [(1, "一、", "总体要求"), (2, "（一）", "指导思想"), (1, "二、", "主要任务"), (2, "", "重点工作"),
                   (3, "（一）", "这一段只有一段")]


def test_format_headings_replace_the_unnumbered_guess():
    marked = {1: 2}
    lines = [BODY, "加强政治建设 把牢方向", BODY2, "加强作风建设 树立形象", BODY]
    paras = tuple(Paragraph(p.text, p.line, p.start, marked.get(i, 0)) for i, p in enumerate(paragraphs(lines)))
    assert [(h.depth, h.title) for h in parse_outline(paras)] == [(1, "加强政治建设 把牢方向")]


@pytest.mark.parametrize("depths, index, chain", [
    ((1, 2, 3, 2, 3), 4, [0, 3, 4]),
    ((1, 2, 3, 2, 3), 2, [0, 1, 2]),
    ((1, 1, 2), 0, [0]),
    ((2, 1, 3), 2, [1, 2]),
    ((1, 3, 2), 2, [0, 2]),
])
def test_ancestors_give_the_breadcrumb_chain(depths, index, chain):
    from reader.text.model import Heading
    from reader.text.sections import ancestors

    headings = tuple(Heading(d, "", f"h{i}", i + 1, i * 10) for i, d in enumerate(depths))
    assert ancestors(headings, index) == chain
