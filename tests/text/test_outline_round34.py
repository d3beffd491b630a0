"""Structure a text shows by repeating itself or by its form: a template's sub-titles, titles stacked in a text
without blank lines, decorated titles over plain ones, a label under each agenda item, a label set over lists."""

from __future__ import annotations

import pytest

from support import parse_document

_UNITS = (("线性表", "顺序表和链表的定义、存储结构及基本运算的实现。"),
          ("栈和队列", "栈和队列的定义、顺序存储与链式存储，以及它们在表达式求值中的应用。"),
          ("树和二叉树", "二叉树的性质、存储结构、遍历算法，哈夫曼树及其编码。"))
_GOAL = "掌握本单元的基本运算，能够分析算法的时间复杂度并用于解决实际问题。"


def _syllabus(labels: list[list[str]]) -> bytes:
    lines = ["《数据结构》课程教学大纲", "", "一、课程基本信息", "",
             "课程编号：CS2031，学分：3，总学时：48，适用专业：计算机科学与技术。", "", "二、教学内容与要求", ""]
    for n, ((name, body), shown) in enumerate(zip(_UNITS, labels), 1):
        lines += [f"第{n}单元 {name}（8学时）", ""]
        for label in shown:
            lines += [label, "", body if label.endswith("内容】") else _GOAL, ""]
    lines += ["三、考核方式", "", "平时成绩占百分之三十，期末考试占百分之七十，考试采用闭卷笔试的形式进行。"]
    return ("\n".join(lines) + "\n").encode("utf-8")


def test_the_same_sub_titles_under_each_part_are_the_parts_sections():
    """d69_09: a syllabus names the same parts under each unit; they were dropped, as lines inside numbered runs."""
    template = ["【教学内容】", "【基本要求】", "【培养的能力】"]
    doc = parse_document(_syllabus([template] * 3))
    units = [h for h in doc.headings if h.marker.startswith("第")]
    assert [h.title for h in units] == ["线性表（8学时）", "栈和队列（8学时）", "树和二叉树（8学时）"]
    subs = [h for h in doc.headings if h.title in template]
    assert len(subs) == 9 and {h.depth for h in subs} == {units[0].depth + 1}
    assert [h.marker for h in doc.headings if h.depth == 1] == ["一、", "二、", "三、"]  # the count goes on after them


@pytest.mark.parametrize("labels", [
    [["【主要内容】"], ["【真题关联】"], ["【主要内容】", "【真题关联】"]],  # labels now and then: no template
    [["【教学内容】", "【基本要求】"]] * 2 + [[]],  # under two parts only
], ids=["irregular", "two-parts"])
def test_labels_that_come_back_now_and_then_stay_labels(labels):
    """Guard: a study note's '主要内容' under some sections and '真题关联' under others (f16_06) head nothing."""
    doc = parse_document(_syllabus(labels))
    assert not [h for h in doc.headings if h.title.startswith("【")]


_SPEC = ["需求规格说明书", "项目概况", "编写目的", "明确本系统的功能范围、边界、需求和接口，供开发、测试和验收人员共同使用。",
         "项目背景", "公园现有的信息化系统只覆盖雪季运营，非雪季的活动、场地和订单仍靠人工表格登记管理。",
         "功能需求", "系统概述", "系统用于满足公园日常业务运营，提供活动、场地、订单、员工和财务的统一管理能力。",
         "运行环境", "系统应能稳定运行在主流服务器操作系统上，关键组件应提供冗余机制，防止单点故障。",
         "非功能性需求", "性能需求", "在一百个用户同时访问时，页面的平均响应时间应不超过两秒，峰值不超过五秒。",
         "安全性需求", "系统应对所有用户的口令加密存储，并记录管理员的每一次敏感操作以备审计。"]


@pytest.mark.parametrize("blank", ["", "\n"], ids=["one-paragraph-a-line", "spaced"])
def test_titles_stacked_in_a_text_without_blank_lines_are_a_part_and_its_first_section(blank):
    """d47_09: a specification saved one paragraph a line ('项目概况' right over '编写目的') came out flat: a stacked pair
    was read only where each title stands apart between blank lines, as a Markdown conversion leaves them."""
    doc = parse_document(("\n".join(line + blank for line in _SPEC) + "\n").encode("utf-8"))
    depth = {h.title: h.depth for h in doc.headings}
    assert [depth.get(t) for t in ("项目概况", "功能需求", "非功能性需求")] == [1, 1, 1]
    assert {depth.get(t) for t in ("编写目的", "项目背景", "系统概述", "运行环境", "性能需求", "安全性需求")} == {2}


_ROWS = ["| 事项 | 普通使用者 | 开发者 |", "| ---- | ---- | ---- |", "| 提出问题 | QQ 群 | QQ 群 |",
         "| 提交 Bug | QQ 群 | GitHub Issues |"]


@pytest.mark.parametrize("lines, cells", [
    (["贡献者指南", *_ROWS, "加入我们的 QQ 群", "在群里提问之前，请先阅读常见问题。"], {2, 3, 4, 5}),  # no blank lines
    (["贡献者指南", *_ROWS[:3], "（续上行）", _ROWS[3], "加入我们的 QQ 群"], {2, 3, 4, 5, 6}),  # a cell's wrapped tail
    (["贡献者指南", "", *_ROWS, "加入我们的 QQ 群", "", "在群里提问之前，请先阅读常见问题。"], {3, 4, 5, 6, 7}),  # GFM
], ids=["blankless", "wrapped-cell", "spaced"])
def test_a_framed_table_in_a_text_without_blank_lines_ends_at_its_last_row(lines, cells):
    """A contributor's guide saved without blank lines: every line after the table's '| … |' rows was read as a cell,
    so '加入我们的 QQ 群' and the titles after it were no headings; where blank lines are used, a line right after the
    rows is the table's, as GitHub shows it."""
    from reader.text.lineshape import table_lines
    assert table_lines(lines) == cells


_TALK = "今天的课程由一位同学带来，他从一道高考真题讲起，带着大家一步步分析了解题的思路和方法，课堂气氛十分热烈。"
_THOUGHT = "第一次讲课有些紧张，讲着讲着会忘记下一步要说什么，好在同学们都很配合，让我慢慢放松了下来。"


def _camp(lectures: list[str]) -> bytes:
    lines = ["微光育行 | Day1", "", "/开营仪式/", "", "首先，支队长代表支队发言，表达了对这次支教活动的期待，并介绍了活动的安排。", "",
             "/学科教育/", "", "今天，团队带来的课程是高考数学、高考物理和语文，同学们听得非常认真。", ""]
    for lecture in lectures:
        lines += [lecture, "", _TALK, "", "感想", "", _THOUGHT, ""]
    lines += ["/答疑坊/", "", "晚上，队员们在答疑坊为同学们解答了学习和生活中的各种问题，一直持续到九点。"]
    return ("\n".join(lines) + "\n").encode("utf-8")


def test_a_subject_over_its_talk_in_guillemets_is_a_headline():
    """d70_05: '高考物理：《物理中质心思想的应用》' was refused as a headline for its '《' (as '来源：《人民日报》' is
    a field); without them each lecture's '感想' read as a refrain and went too. The camp's own framed titles
    ('/学科教育/') are the upper level: the document opens with one."""
    doc = parse_document(_camp(["高考数学：《数形结合——解决小题压轴》", "高考物理：《物理中质心思想的应用》",
                                "语文：《浅谈情怀与格局在议论文写作中的应用》"]))
    assert [(h.depth, h.title) for h in doc.headings] == [
        (1, "/开营仪式/"), (1, "/学科教育/"), (2, "高考数学：《数形结合——解决小题压轴》"), (3, "感想"),
        (2, "高考物理：《物理中质心思想的应用》"), (3, "感想"), (2, "语文：《浅谈情怀与格局在议论文写作中的应用》"), (3, "感想"),
        (1, "/答疑坊/")]


@pytest.mark.parametrize("field", ["选自：《史记》", "参考书目：《经济学原理》"])
def test_a_source_in_guillemets_stays_a_field(field):
    """Guard: '选自：《史记》' between the paragraphs of a text with titles names where a passage came from; one such
    line heads nothing (the lectures above are several, each under its subject)."""
    body = "国务院常务会议今天召开，会议部署了进一步稳定就业的若干措施，要求各地抓好落实。"
    parts = ["关于稳就业的新举措", "扩大就业岗位", body, "稳定劳动收入", body, field, body, "加强社会保障", body]
    doc = parse_document(("\n\n".join(parts) + "\n").encode("utf-8"))
    assert [h.title for h in doc.headings] == ["扩大就业岗位", "稳定劳动收入", "加强社会保障"]


_README = ["📋 项目简介", "这是一个精选的中文订阅源列表，收录了各个领域质量较高、更新稳定的订阅源，方便大家导入阅读器。",
           "质量标准", "每个订阅源都经过人工检查，保证最近三个月内有更新，并且内容以原创为主，没有大量广告。",
           "📚 内容分类", "订阅源按照内容分成了若干类别，每个类别下面列出了推荐的来源和简单的介绍，供大家挑选。",
           "科技", "科技类收录了国内外主要的科技媒体和独立博客，关注互联网、硬件和科学研究的最新进展。",
           "旅游", "旅游类收录了游记作者和旅行攻略网站，内容涵盖国内外的目的地、路线和实用的出行建议。",
           "🚀 使用方法", "复制订阅源的地址，在阅读器中选择添加订阅，粘贴地址后确认即可开始阅读，无需注册账号。"]


@pytest.mark.parametrize("first_plain", [False, True], ids=["pictograph-first", "plain-first"])
def test_titles_led_by_a_pictograph_head_the_plain_titles_after_them(first_plain):
    """h14_02: a README's '📚 内容分类' over its '科技', '旅游' read all at one level. Guard: where the first title
    is plain, the pictograph titles are not made the upper level."""
    lines = (["前言", "下面介绍这个项目的来历、它收录订阅源的标准，以及把订阅源导入阅读器的方法。"] if first_plain else []) + _README
    doc = parse_document(("精选中文订阅源\n\n" + "\n\n".join(lines) + "\n").encode("utf-8"))
    depth = {h.title: h.depth for h in doc.headings}
    assert [depth.get(t) for t in ("质量标准", "科技", "旅游")] == ([1, 1, 1] if first_plain else [2, 2, 2])
    assert [depth.get(t) for t in ("📋 项目简介", "📚 内容分类", "🚀 使用方法")] == [1, 1, 1]


_DECISION = "方案需要提交正式的提案，由技术委员会评审后再在社区内推广使用，相关的工作由各个SIG按计划落地。"


def _minutes(items: int) -> bytes:
    lines = ["技术委员会第一次线下会议纪要", "", "日期：2025-03-13", "", "议题：",
             "1、领导致辞    9:00~9.05      5min   刘军", "2、业务进展报告    9.05~9.15 10min   张三"]
    for n in range(3, 3 + items):
        lines += [f"{n}、第{n}项议题的进展和讨论    {n + 6}:00-{n + 6}:30 30min", "结论：", _DECISION, ""]
    return ("\n".join(lines) + "\n").encode("utf-8")


def test_a_label_under_each_agenda_item_does_not_close_the_numbering():
    """d63_05: '结论：' under each agenda item was read as the document's own closing part (as a paper's '结论'),
    so the count stopped at it and items 4、 to 7、 were dropped as 'out of sequence'."""
    doc = parse_document(_minutes(4))
    assert [h.marker for h in doc.headings if h.marker] == ["1、", "2、", "3、", "4、", "5、", "6、"]
    assert all(h.marker or h.title == "议题" for h in doc.headings)  # '议题：' over its items holds them (round 38c)


def test_a_papers_own_conclusion_stays_a_part():
    """Guard: a '结论：' that comes once or twice, after a paper's sections, is the paper's part."""
    body = "本文分析了城市交通拥堵的成因，提出了优化信号配时和发展公共交通相结合的治理思路，并给出了实施建议。"
    text = "\n\n".join(["城市交通拥堵治理研究", "一、研究背景", body, "二、研究方法", body, "结论：", body]) + "\n"
    doc = parse_document(text.encode("utf-8"))
    assert [(h.depth, h.marker or h.title) for h in doc.headings][-1] == (1, "结论")


def _study_record(listed: int) -> bytes:
    lines = []
    for n, day in enumerate(("2024年6月25日，线上腾讯会议", "2024年7月1日，线上腾讯会议", "2024年7月12日，管理学院919")):
        lines += [day, "讨论主题："]
        lines += ["    (1)分支定价代码的学习", "    (2)湖北宜昌培训事项"] if n < listed else ["    6月25日-6月28日学习任务"]
        lines += ["布置任务：", "    (1)读懂分支定价的代码", "    (2)创建文档，记录求解器的安装和调配", "", ""]
    return ("\n".join(["运筹学习小组会议记录", "", *lines]) + "\n").encode("utf-8")


@pytest.mark.parametrize("listed, expected", [(2, 3), (1, 1)], ids=["label-known", "label-once"])
def test_a_label_the_record_sets_over_lists_is_one_over_a_single_line_too(listed, expected):
    """d67_03: '讨论主题：' over '(1)…(2)…' under two dates was a label, over one line of its own under the third it
    was not. Guard: a label over a list only once is a label there only."""
    doc = parse_document(_study_record(listed))
    assert sum(h.title == "讨论主题" for h in doc.headings) == expected


def test_a_markdown_headings_marks_left_in_a_text_file_are_no_part_of_its_title():
    """d62_04: a text file's '# 2021年8月4日 业务数据通演示', taken as a title, showed in the outline with its '# '."""
    from reader.text.headingtext import candidate_heading
    from reader.text.model import Paragraph
    from reader.text.candidate import Candidate

    lines = ["会议记录", "# 2021年8月4日 业务数据通演示", "##\t架构评审", "#标签"]
    paragraphs, start = [], 0
    for n, text in enumerate(lines, 1):
        paragraphs.append(Paragraph(text, n, start))
        start += len(text) + 1
    text = "\n".join(lines)
    shown = [candidate_heading(paragraphs, Candidate(i, None, "container"), 1, False) for i in (1, 2, 3)]
    assert [h.title for h in shown] == ["2021年8月4日 业务数据通演示", "架构评审", "#标签"]  # a hashtag keeps its '#'
    assert [text[h.offset:h.end] for h in shown] == [h.title for h in shown]  # the span the heading covers
