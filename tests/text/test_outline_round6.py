"""Failure classes of the sixth fresh collection, each as made-up minimal documents: what the outline must find, and
what it must leave alone."""

from __future__ import annotations

import pytest

from support import outline

BODY = "客户端通过客户端库向服务递交请求，我们首先给出这个服务的高层级视图，再说明它的接口。"
BODY2 = "各地区各部门要结合实际抓好贯彻落实，及时研究解决工作中遇到的新情况新问题，重要情况及时报告。"

DECIMAL = {
    "sections written '1.' and '3', subsections with Latin titles": (
        ["1. Introduction", BODY, "2. The Service", BODY, "2.1 Service Overview", BODY, "2.2 Client API", BODY,
         "3 Applications", BODY, "4 Implementation", BODY, "4.1 Request Processor", BODY, "5 Conclusions", BODY],
        [(1, "1.", "Introduction"), (1, "2.", "The Service"), (2, "2.1", "Service Overview"),
         (2, "2.2", "Client API"), (1, "3", "Applications"), (1, "4", "Implementation"),
         (2, "4.1", "Request Processor"), (1, "5", "Conclusions")],
    ),
    "a third level under a Latin subsection": (
        ["1 引言", BODY, "2 How CPUs Work", BODY, "2.1 Pipelines", BODY, "2.1.1 Branch Prediction", BODY,
         "3 Microbenchmark: TPC-H Query 1", BODY, "3.1 Query 1: Baseline", BODY],
        [(1, "1", "引言"), (1, "2", "How CPUs Work"), (2, "2.1", "Pipelines"), (3, "2.1.1", "Branch Prediction"),
         (1, "3", "Microbenchmark: TPC-H Query 1"), (2, "3.1", "Query 1: Baseline")],
    ),
    "a reference list numbered after the last section is no section": (
        ["1. Introduction", BODY, "1.1 Scope", BODY, "2. Design", BODY, "2.1 Overview", BODY, "参考文献",
         "1. [1] M. Abd-El-Malek. Fault-scalable Byzantine fault-tolerant services. In SOSP, 2005.",
         "2. [2] M. Aguilera, A. Merchant. Sinfonia: a new paradigm. In SOSP, 2007."],
        [(1, "1.", "Introduction"), (2, "1.1", "Scope"), (1, "2.", "Design"), (2, "2.1", "Overview"),
         (1, "", "参考文献")],
    ),
}

NOT_DECIMAL = {
    "one Latin-titled number in a Chinese text": ["会议纪要", BODY, "2.1 Service Overview", BODY2],
    "versions in a changelog, no sections": ["更新说明", "2.1 Bug fixes", BODY, "2.2 New API", BODY2],
}


@pytest.mark.parametrize("lines, expected", DECIMAL.values(), ids=DECIMAL.keys())
def test_decimal_sections_with_latin_titles(lines, expected):
    assert outline(lines) == expected


@pytest.mark.parametrize("lines", NOT_DECIMAL.values(), ids=NOT_DECIMAL.keys())
def test_latin_numbers_without_sections_are_not_headings(lines):
    assert not [h for h in outline(lines) if h[1][:1].isdigit()]

NAMED = {
    "a paper's 摘要 and 关键词": (
        ["摘要", BODY, "关键词", "分布式；消息系统", "1 引言", BODY, "1.1 背景", BODY, "2 设计", BODY, "2.1 架构", BODY],
        [(1, "", "摘要"), (1, "", "关键词"), (1, "1", "引言"), (2, "1.1", "背景"), (1, "2", "设计"), (2, "2.1", "架构")],
    ),
    "a translated paper's English Abstract and References": (
        ["Abstract", BODY, "1 引言", BODY, "1.1 背景", BODY, "2 设计", BODY, "2.1 架构", BODY, "References",
         "[1] M. Burrows. The Chubby lock service. In OSDI, 2006."],
        [(1, "", "Abstract"), (1, "1", "引言"), (2, "1.1", "背景"), (1, "2", "设计"), (2, "2.1", "架构"),
         (1, "", "References")],
    ),
    "references headed 引用": (
        ["1 引言", BODY, "1.1 背景", BODY, "2 设计", BODY, "2.1 架构", BODY, "引用",
         "[1] Ren Y. FastSpeech: fast, robust and controllable text to speech. NeurIPS, 2019."],
        [(1, "1", "引言"), (2, "1.1", "背景"), (1, "2", "设计"), (2, "2.1", "架构"), (1, "", "引用")],
    ),
}


@pytest.mark.parametrize("lines, expected", NAMED.values(), ids=NAMED.keys())
def test_named_sections_of_papers(lines, expected):
    assert outline(lines) == expected


BRACKETED = {
    "a plan's 【重点任务N】 boxes numbered straight through its sections": (
        ["一、落实根本任务", BODY2, "【重点任务1】加强学校德育工作。" + BODY2, "【重点任务2】促进全面发展。" + BODY2,
         "二、发展学前教育", BODY2, "【重点任务3】优化公共服务体系。" + BODY2, "【重点任务4】加快补短提质。" + BODY2],
        [(1, "一、", "落实根本任务"), (2, "【重点任务1】", "加强学校德育工作"), (2, "【重点任务2】", "促进全面发展"),
         (1, "二、", "发展学前教育"), (2, "【重点任务3】", "优化公共服务体系"), (2, "【重点任务4】", "加快补短提质")],
    ),
}


@pytest.mark.parametrize("lines, expected", BRACKETED.values(), ids=BRACKETED.keys())
def test_numbered_boxes_in_brackets(lines, expected):
    assert outline(lines) == expected


@pytest.mark.parametrize("line", ["【2021】年度报告回顾", "【转载】关于做好工作的通知", "【重点】一定要注意安全"])
def test_a_bracketed_tag_without_a_number_is_no_marker(line):
    from reader.text.markers import match_heading

    assert match_heading(line) is None

CODE_NOTE = [
    "三、字节操作", "实现文件复制", "public static void copyFile(String src, String dist) throws IOException {",
    "    FileInputStream in = new FileInputStream(src);", "    int cnt = in.read(buffer);", "}",
    "装饰者模式", "Java I/O 使用了装饰者模式来实现，以 InputStream 为例，它是抽象组件。",
    "四、网络操作", "InetAddress", "用于表示网络上的硬件资源，即 IP 地址。", "选择器",
    "NIO 常常被叫做非阻塞 IO，主要是因为 NIO 在网络通信中的非阻塞特性被广泛使用。",
    "1. 创建选择器", "Selector selector = Selector.open();", "2. 将通道注册到选择器上",
    "ServerSocketChannel ssChannel = ServerSocketChannel.open();", "ssChannel.configureBlocking(false);",
]


def test_a_code_note_has_unnumbered_subsections_under_its_numbered_sections():
    assert outline(CODE_NOTE) == [
        (1, "三、", "字节操作"), (2, "", "实现文件复制"), (2, "", "装饰者模式"), (1, "四、", "网络操作"),
        (2, "", "InetAddress"), (2, "", "选择器"), (3, "1.", "创建选择器"), (3, "2.", "将通道注册到选择器上")]


def test_without_code_short_lines_inside_sections_stay_text():
    prose = [line for line in CODE_NOTE if not line[:1].isascii() or line[:1].isdigit() or line == "InetAddress"]
    assert [h for h in outline(prose) if not h[1]] == []


def test_labels_over_lists_inside_a_numbered_section_are_table_rows():
    lines = ["当前位置：首页 > 新闻中心 > 党政办", "党政办", "一、指导思想", BODY2, "二、基本原则", BODY2,
             "三、各学科教学内容的调整", "学科", "教学内容", "历史", "1.历史学科必修学分的3个模块为必修第一册、第二册、第三册。",
             "2.将两次世界大战史的内容列入侧文的必修内容。", "地理", "1.地理学科必修学分的3个模块为地理I、地理II、地理III。",
             "2.删除地理II中的地域文化与人口一节。", "物理", "1.物理学科必修学分的3个模块为物理1、物理2。",
             "2.删除物理2中的第七章第六节内容。", "四、实施要求", BODY2]
    found = outline(lines)
    assert not [h for h in found if h[2] in ("党政办", "历史", "地理", "物理")]
    assert [h for h in found if h[0] == 1] == [(1, "一、", "指导思想"), (1, "二、", "基本原则"),
                                               (1, "三、", "各学科教学内容的调整"), (1, "四、", "实施要求")]


def test_numbered_rows_of_a_table_are_no_sections():
    lines = ["一、发展现状与形势", "（一）发展成就。", BODY2, "“十二五”信息化发展基本情况", "指　标", "规划目标",
             "1.信息化发展指数", ">79", "—", "72.45", "—", "2.集成电路芯片规模生产工艺（纳米）", "32/28", "—", "28", "—",
             "3.网民数量（亿）", "8.5", "13.2", "6.88", "8.5", "（二）发展形势。", BODY2, "二、总体要求", BODY2]
    assert outline(lines) == [(1, "一、", "发展现状与形势"), (2, "（一）", "发展成就"), (2, "（二）", "发展形势"),
                              (1, "二、", "总体要求")]


def test_a_lone_bracket_under_an_article_is_no_table_cell():
    lines = ["第一章 总则", "第一条 本法所称机关。", "（", "第二章 分则", "第二条 本法施行。"]
    assert [(d, m) for d, m, _ in outline(lines)] == [(1, "第一章"), (2, "第一条"), (1, "第二章"), (2, "第二条")]
