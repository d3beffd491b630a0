"""Standards (GB/T, 团体标准) and exam syllabuses: a cover over the title, '3 术语和定义、缩略语' over its 3.1, '附录 A'
over A.1, and topic notes '1. 数字类型：…' line after line under each 一、 of a syllabus.

The forms are those of GB/T 22239—2019's cover and clauses, the 团体标准 d14_05 and the NCRE Python syllabus d14_08
(/work/devofficial, dev material collected for this round; see tests/data/corpus/PROVENANCE.md).
"""

from __future__ import annotations

import pytest

from reader.text.official import extract
from reader.text.standards import cover_line, standard_number
from support import parse_document

BODY = "本标准规定了网络安全等级保护的第一级到第四级等级保护对象的安全通用要求和安全扩展要求，适用于指导分等级的非涉密对象的安全建设和监督管理。"
COVER = ["ICS 35.240", "L 70", "中华人民共和国国家标准", "GB/T 22239—2019", "代替 GB/T 22239—2008",
         "信息安全技术 网络安全等级保护基本要求",
         "Information security technology—Baseline for classified protection of cybersecurity",
         "2019-05-10发布　　2019-12-01实施", "国家市场监督管理总局　中国国家标准化管理委员会　发布"]


def _doc(lines: list[str]):
    return parse_document(("\n\n".join(lines) + "\n").encode("utf-8"), "standard.txt")


@pytest.mark.parametrize("line, kind", [
    ("ICS 35.240", "ics"), ("ICS 03.220.20; 35.240.60", "ics"), ("L 70", "ccs"), ("CCS L 70", "ccs"),
    ("中华人民共和国国家标准", "series"), ("中华人民共和国交通运输行业标准", "series"), ("团体标准", "series"),
    ("GB/T 22239—2019", "number"), ("代替 GB/T 22239—2008", "number"), ("T/CSAE 53—2020", "number"),
    ("DB31/T 1234—2020", "number"), ("2019-05-10发布　　2019-12-01实施", "dates"),
    ("国家市场监督管理总局　中国国家标准化管理委员会　发布", "issuer"), ("中国汽车工程学会　发布", "issuer"),
    # not the cover: the title, a sentence, a note that something was issued
    ("信息安全技术 网络安全等级保护基本要求", ""), ("各方共同发布", ""), ("L 70 以上的车辆", ""), ("2020年发布", ""),
    ("本标准按照GB/T 1.1—2009给出的规则起草。", ""),
])
def test_cover_lines(line, kind):
    assert cover_line(line) == kind


def test_the_replaced_standard_is_not_the_number():
    assert standard_number("代替 GB/T 22239—2008") == ""
    assert standard_number("GB/T 22239—2019") == "GB/T 22239—2019"


def test_a_standard_is_known_by_its_title_and_number_not_its_cover():
    doc = _doc(COVER + ["前言", BODY, "1 范围", BODY, "2 规范性引用文件", BODY, "2.1 国家标准", BODY])
    assert doc.title == "信息安全技术 网络安全等级保护基本要求"
    official = extract("\n".join(COVER + ["前言", BODY]), doc.title)
    assert (official.number, official.published, official.kind) == ("GB/T 22239—2019", "2019-05-10", "标准")
    assert official.authority == "国家市场监督管理总局 中国国家标准化管理委员会"
    assert [(h.depth, h.marker, h.title) for h in doc.headings] == [
        (1, "", "前言"), (1, "1", "范围"), (1, "2", "规范性引用文件"), (2, "2.1", "国家标准")]


def test_a_clause_whose_title_lists_two_names_and_the_appendices():
    lines = ["信息安全技术 网络安全等级保护基本要求", "1 范围", BODY, "2 规范性引用文件", BODY, "3 术语和定义、缩略语", BODY,
             "3.1 术语和定义", BODY, "3.2 缩略语", BODY, "4 总体要求", BODY, "4.1 等级保护对象", BODY,
             "附录 A", "（规范性附录）", "关于安全通用要求和安全扩展要求的选择和使用", "A.1 等级保护对象的整体安全保护能力", BODY,
             "A.2 等级保护对象的定级", BODY, "附录B", "（资料性附录）", "测评方法", "B.1 概述", BODY]
    assert [(h.depth, h.marker, h.title) for h in _doc(lines).headings] == [
        (1, "1", "范围"), (1, "2", "规范性引用文件"), (1, "3", "术语和定义、缩略语"), (2, "3.1", "术语和定义"),
        (2, "3.2", "缩略语"), (1, "4", "总体要求"), (2, "4.1", "等级保护对象"),
        (1, "附录 A", "关于安全通用要求和安全扩展要求的选择和使用"), (2, "A.1", "等级保护对象的整体安全保护能力"),
        (2, "A.2", "等级保护对象的定级"), (1, "附录B", "测评方法"), (2, "B.1", "概述")]


def test_a_count_with_a_comma_but_no_subsections_is_no_section():
    lines = ["报告", "1 范围", BODY, "1.1 对象", BODY, "2 方法", BODY, "2.1 抽样", BODY, "3 个、5 个", BODY]
    assert "3" not in [h.marker for h in _doc(lines).headings]


SYLLABUS = ["全国计算机等级考试二级 Python 语言程序设计考试大纲", "基本要求", BODY, "考试内容",
            "一、Python 语言基本语法元素",
            "1. 程序的基本语法元素：程序的格式框架、缩进、注释、变量、命名、保留字、数据类型、赋值语句、引用。",
            "2. 基本输入输出函数：input()、eval()、print()。", "3. 源程序的书写风格。", "4. Python 语言的特点。",
            "二、基本数据类型", "1. 数字类型：整数类型、浮点数类型和复数类型。", "2. 数字类型的运算：数值运算操作符、数值运算函数。",
            "3. 真假无：True、False、None。", "4. 字符串类型及格式化：索引、切片、基本的 format() 格式化方法。",
            "5. 类型判断和类型转换。", "考试方式", BODY]


def test_a_syllabus_notes_its_topics_line_after_line_under_each_section():
    got = [(h.depth, h.marker, h.title) for h in _doc(SYLLABUS).headings]
    assert got == [(1, "", "基本要求"), (1, "", "考试内容"), (2, "一、", "Python 语言基本语法元素"), (2, "二、", "基本数据类型"),
                   (1, "", "考试方式")]


def test_sections_with_a_paragraph_each_stay_sections():
    lines = ["某市实施方案", "一、总体要求", "1. 指导思想：坚持以人民为中心的发展思想。", BODY, "2. 基本原则：坚持统筹推进。", BODY,
             "3. 主要目标：到2025年基本建成。", BODY, "二、保障措施", BODY]
    assert [h.marker for h in _doc(lines).headings] == ["一、", "1.", "2.", "3.", "二、"]


def test_an_appendix_numbers_clauses_four_deep_and_its_tables_and_figures_are_captions():
    """GB/T 32960.3's appendix B: 'B.3.5.2.2 签名信息' under B.3.5.2; '表A.1 挡位状态位定义', '图B.1 车辆登入流程示意图'."""
    lines = ["电动汽车远程服务与管理系统技术规范", "1 范围", BODY, "1.1 概述", BODY, "2 术语", BODY, "2.1 车载终端", BODY,
             "附录 A", "（规范性）", "挡位定义", "A.1 挡位状态定义", "挡位状态位定义见表A.1。", "表A.1 挡位状态位定义",
             "| Bit7 | Bit6 |", "附录 B", "（资料性）", "通信流程", "B.1 连接建立", BODY, "图B.1 车辆登入流程示意图", BODY,
             "B.2 数据包结构", BODY, "图B.2 实时信息上报流程示意图", BODY, "B.2.1 数据单元", BODY, "B.2.1.1 实时信息上报", BODY, "B.2.1.1.1 签名信息", BODY,
             "B.2.1.1.2 信息类型标志", BODY]
    assert [(h.depth, h.marker) for h in _doc(lines).headings] == [
        (1, "1"), (2, "1.1"), (1, "2"), (2, "2.1"), (1, "附录 A"), (2, "A.1"), (1, "附录 B"), (2, "B.1"), (2, "B.2"),
        (3, "B.2.1"), (4, "B.2.1.1"), (5, "B.2.1.1.1"), (5, "B.2.1.1.2")]
