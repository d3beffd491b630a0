"""A section whose number lost its space in the middle of a spaced count ('5软件设计' between '4 系统硬件设计' and
'6 电路仿真')."""

from __future__ import annotations

from reader.text.decimals import unnumbered_parents
from reader.text.markers import match_heading
from reader.text.model import Paragraph
from support import parse_document

_BODY = "本文采用了单片机作为控制核心，通过传感器采集数据并显示在数码管上，同时设置了报警电路。"


def _doc(text: str) -> bytes:
    return text.encode("utf-8")


def _paper(third: str) -> bytes:
    body = ["1 绪论", "1.1 研究背景", _BODY, "2 设计方案", "2.1 功能设计", _BODY, third, "3.1 使用软件介绍", _BODY,
            "3.2 主程序框图", _BODY, "4 电路仿真", _BODY, "5 实物的制作与调试", _BODY]
    return _doc("基于单片机的控制系统设计\n" + "\n".join(body) + "\n")


def test_a_section_written_tight_mid_count_is_the_counts():
    """d49_04: '5软件设计' over its 5.1 lost its space where the other sections kept theirs: the count stopped at the
    gap, and the sections after it without subsections ('6 电路仿真', '7 实物的制作与调试') were lost too."""
    doc = parse_document(_paper("3软件设计"))
    assert [(h.marker, h.title) for h in doc.headings if h.depth == 1] == [
        ("1", "绪论"), ("2", "设计方案"), ("3", "软件设计"), ("4", "电路仿真"), ("5", "实物的制作与调试")]
    assert [h.marker for h in doc.headings if h.depth == 2] == ["1.1", "2.1", "3.1", "3.2"]


def test_a_tight_count_not_over_its_subsection_stays_a_quantity():
    """Guard: '3人一组完成设计' is a count of people (it stands over no 3.1 of its own), no section."""
    doc = parse_document(_paper("3 软件设计").replace("3.1 使用软件介绍".encode(), "3人一组完成设计".encode(), 1))
    assert "3人一组完成设计" not in [h.title for h in doc.headings]


def _manual(contents: bool) -> bytes:
    listed = ["目录", "一、引言 3", "1.1编写目的 3", "1.2项目背景 3", "二、用途 4", "2.1功能 4", "2.2性能 5",
              "三、运行环境 6", "3.1硬设备 6", "3.2支持软件 6"] if contents else []
    body = ["引言", "1.1编写目的", _BODY, "1.2项目背景", _BODY, "用途", "2.1功能", _BODY, "2.2性能", _BODY,
            "运行环境", "3.1硬设备", _BODY, "3.2支持软件", _BODY]
    return _doc("校园二手交易平台用户手册\n" + "\n".join(listed + body) + "\n")


def test_sections_titled_without_their_numbers_head_their_subsections():
    """d79_03: '引言' over '1.1编写目的', '用途' over '2.1功能': the subsections kept their numbers, the sections' titles
    came without theirs; each title is the section its subsections number, not a line of text."""
    doc = parse_document(_manual(contents=False))
    assert [(h.depth, h.title) for h in doc.headings] == [
        (1, "引言"), (2, "编写目的"), (2, "项目背景"), (1, "用途"), (2, "功能"), (2, "性能"),
        (1, "运行环境"), (2, "硬设备"), (2, "支持软件")]


def test_a_contents_list_ends_where_its_first_chapter_is_written_bare():
    """d79_03: the contents list's '一、引言 3' comes back as '引言' alone over the text: the list ends there, and
    '引言' is the first section, not the list's last entry."""
    doc = parse_document(_manual(contents=True))
    assert [(h.depth, h.title) for h in doc.headings][:3] == [(1, "引言"), (2, "编写目的"), (2, "项目背景")]


def test_one_plain_line_over_a_subsection_is_no_section():
    """Guard: one short line over a '2.1' whose section has no line is as often a table's caption: it takes two."""
    doc = parse_document(_doc("\n".join(["平台用户手册", "1 引言", "1.1 编写目的", _BODY, "性能指标", "2.1 响应时间",
                                         _BODY, "2.2 并发", _BODY]) + "\n"))
    assert "性能指标" not in [h.title for h in doc.headings if h.depth == 1]


def test_a_markdown_attribute_list_is_no_part_of_a_title():
    """d42_05: a site's Markdown source saved as text keeps '{#computer-and-os}' after its titles (the '#' marks went
    with the conversion): markup, not words; the reader names the part '计算机与操作系统'."""
    lines = ["初识 Linux", "计算机与操作系统 {#computer-and-os}", _BODY, _BODY, "计算机的更新换代 {#computer-generations}",
             _BODY, "现代操作系统的功能 {#modern-os-functions .note}", _BODY, "样式写作 style = {color=red}", "集合 {1}"]
    doc = parse_document(_doc("\n\n".join(lines) + "\n"))
    assert [h.title for h in doc.headings][:3] == ["计算机与操作系统", "计算机的更新换代", "现代操作系统的功能"]
    assert "{#" not in doc.text and "{color=red}" in doc.text and "集合 {1}" in doc.text  # no anchor: left as written


def test_a_quotations_source_under_it_is_no_subhead():
    """d48_03: '——斯蒂芬斯', '——司马迁《史记》', '——普利策' under the quotations a feature opens its parts with: sources,
    no wire story's dash-led subheads (those stay found: test_outline_round9)."""
    quote = "文章的主题是揭露无耻行为，那就意味着这样一个信念：有一种自尊需要维护，而这种自尊存在于每个人的心中。"
    parts = []
    for source in ("——斯蒂芬斯", "——司马迁《史记》", "——普利策", "——范长江《记者工作随想》1961年"):
        parts += [quote, source, _BODY, _BODY]
    doc = parse_document(_doc("甘柴劣火\n\n" + "\n\n".join(parts) + "\n"))
    assert not any(h.title.startswith("——") for h in doc.headings)


def test_a_lecture_after_a_syllabus_heads_the_parts_that_start_again_under_it():
    """d49_05: a course's notes list the syllabus (一、…三、, （一） under them), then each lecture '第一讲 …' with its
    own 一、 二、: the lecture was put inside the syllabus's last point, and its parts beside the syllabus's."""
    syllabus = ["考纲：", "一、线性表", "（一）线性表的定义和基本操作", "（二）线性表的实现", "二、栈、队列和数组",
                "（一）栈和队列的基本概念", "（二）栈和队列的顺序存储结构", "三、树与二叉树", "（一）树的基本概念", "（二）二叉树"]
    lectures = ["第一讲 时间复杂度、矩阵展开", "一、时间、空间复杂度", _BODY, "二、矩阵展开", _BODY,
                "第二讲 线性表", "一、线性表的定义", _BODY, "二、线性表的实现", _BODY]
    doc = parse_document(_doc("考研算法辅导课讲义\n" + "\n".join(syllabus) + "\n\n------\n\n" + "\n".join(lectures) + "\n"))
    got = [(h.depth, h.marker) for h in doc.headings if h.line > 12]
    assert got == [(1, "第一讲"), (2, "一、"), (2, "二、"), (1, "第二讲"), (2, "一、"), (2, "二、")]


def test_a_four_character_word_numbers_its_parts():
    """d85_03: a study guide's parts '学习任务一、地理概况：' … '学习任务四、…' (a word of four characters, a numeral):
    parts numbered by their word, as '议题一' or '疑问1、' are; a source list's '来源链接1：' names fields."""
    tasks = ["地理概况", "发达的交通运输", "先进的现代服务业", "国际经济贸易中心"]
    lines = ["香港学案"] + [x for n, t in zip("一二三四", tasks) for x in (f"学习任务{n}、{t}：", _BODY, _BODY)]
    doc = parse_document(_doc("\n".join(lines) + "\n"))
    assert [(h.marker, h.title) for h in doc.headings] == [(f"学习任务{n}、", t) for n, t in zip("一二三四", tasks)]
    lines = ["关于标准化的意见", "来源链接1：https://www.gd.gov.cn/post_4941259.html", "来源链接2：无（金羊网有同题转载）", _BODY]
    assert not parse_document(_doc("\n".join(lines) + "\n")).headings


def test_a_section_title_without_its_number_may_open_with_a_latin_word():
    """'Flask 简介' over '1.1 安装', 'git 基础' over '2.1 提交': only a caption ('Fig. 3 …', '图 2') is set aside, not
    every title opening with one of the letters of 'Fig'."""
    lines = ["Flask 简介", "1.1 安装", _BODY, "git 基础", "2.1 提交", _BODY, "Fig. 3 请求流程", "3.1 响应", _BODY,
             "图 4 数据流", "4.1 存储", _BODY]
    paragraphs = [Paragraph(text, n + 1, 0) for n, text in enumerate(lines)]
    found = unnumbered_parents(paragraphs, [match_heading(text) for text in lines])
    assert sorted(lines[i] for i in found) == ["Flask 简介", "git 基础"]
