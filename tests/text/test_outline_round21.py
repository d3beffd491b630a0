"""Headings set in a form the numbering rules did not read: a charter's chapters in brackets ('【第一章 总 则】')."""

from __future__ import annotations

import pytest

from support import parse_document

_CHARTER = """环保协会规章制度
【第一章 总 则】
第一条 本会名称为绿源环保协会。
第二条 本会宗旨是宣传环保知识。
【第二章 组织结构】
第三条 本会设会长一名，副会长两名。
第四条 会员大会每学期召开一次。
【附则】
本制度自公布之日起施行。
"""


def test_a_charters_bracketed_chapters_head_its_articles():
    """d20_05: '【第一章 总 则】' was read as no heading, so the articles stood at the top level."""
    doc = parse_document(_CHARTER.encode("utf-8"))
    got = [(h.depth, h.marker, h.title) for h in doc.headings]
    assert got[:3] == [(1, "第一章", "总则"), (2, "第一条", "第一条"), (2, "第二条", "第二条")]
    assert (1, "第二章", "组织结构") in got
    chapter = doc.headings[0]  # the heading's place is the marker's, the bracket before it no part of it
    assert doc.text[chapter.offset:chapter.end] == "第一章 总 则"


@pytest.mark.parametrize("line", ["【活动亮点】", "【第一章 总则】（约 1 分钟）", "【2024年工作回顾】"])
def test_a_bracketed_name_or_a_bracket_with_more_after_it_is_read_as_written(line):
    """Only a numbered heading the brackets enclose whole is unframed; the names stay for the unnumbered rules."""
    from reader.text.model import Paragraph
    from reader.text.punctuation import read_as_rules

    paragraph = Paragraph(text=line, line=2, start=0)
    assert read_as_rules([paragraph])[0][0].text == line


_LAB_PAGE = """随机误差的分布规律 | 暗烨の小屋
Contents
1. 随机误差的分布规律
1.1. 实验目的
1.2. 实验原理
1.3. 数据处理
1.3.1. 基本统计量
1.3.2. 计算不确定度
1.4. 思考题
1.4.1. 若测量结果偏离正态分布，请分析其主要原因。
Home
随机误差的分布规律
实验目的
了解随机误差的离散性和分布规律。
实验原理
重复测量电子节拍器的周期，测量结果服从正态分布。
数据处理
基本统计量
平均值为一秒，标准差为零点零一秒。
计算不确定度
计算周期量的A类不确定度。
思考题
若测量结果偏离正态分布，请分析其主要原因。
测量次数太少，偏离在所难免。
"""


def test_a_pages_numbered_contents_list_gives_the_levels_its_unnumbered_sections_lost():
    """d47_03: a blog's contents ('1.1. 实验目的', '1.3.1. 基本统计量') over sections the text shows without numbers
    ('实验目的', '基本统计量'); the outline had only the list's first entry. The list's one top entry is the page's title."""
    doc = parse_document(_LAB_PAGE.encode("utf-8"))
    got = [(h.depth, h.title) for h in doc.headings]
    assert got == [(1, "实验目的"), (1, "实验原理"), (1, "数据处理"), (2, "基本统计量"), (2, "计算不确定度"), (1, "思考题"),
                   (2, "若测量结果偏离正态分布，请分析其主要原因")]
    assert all(h.line > 11 for h in doc.headings)  # none of the list's own lines


def test_a_contents_list_the_text_never_repeats_gives_no_headings():
    """A guard: numbered lines under 'Contents' that nothing below names again are no list of this page's sections."""
    text = _LAB_PAGE.split("Home\n")[0] + "Home\n正文只有一段话，没有任何小节。\n"
    assert not [h for h in parse_document(text.encode("utf-8")).headings if h.marker == ""]


_DESIGN = """设计文档
3. 分工详细说明
3.1 前端界面开发
负责主界面的布局与交互，使用GTK+实现月视图与周视图。
3.2 后端业务逻辑
负责日程的增删改查与数据持久化，文件以JSON格式保存。
4. 部分运行界面截图
4.1 对话框设计
4.2 主界面 - 月视图
4.3 主界面 - 周视图
5. 模块与类设计
5.1 整体架构
程序分为界面层、业务逻辑层与数据层，各层之间通过接口调用。
"""


def test_numbered_sentences_one_after_another_stay_a_list():
    """A guard: a privacy policy's '4.1 我们会…。' clauses under '4.' are a list, whatever their numbers say."""
    text = _DESIGN.replace("4.1 对话框设计\n4.2 主界面 - 月视图\n4.3 主界面 - 周视图",
                           "4.1 我们会在您注销账号后删除您的个人信息。\n4.2 我们不会向第三方提供您的个人信息。\n"
                           "4.3 您可以随时联系我们更正您的个人信息。")
    got = [h.marker.strip() for h in parse_document(text.encode("utf-8")).headings]
    assert "4.1" not in got and "3.1" in got


_LANGUAGES = """现代编程语言白皮书
许多人认为现代编程语言应当兼顾性能、安全与开发效率，下面逐一介绍几种语言的特点与流行程度。
仓颉语言
Rust 是一门系统编程语言，由 Mozilla 研究院开发，注重内存安全与并发安全。
主要特点:
- 依托所有权和借用概念的内存安全。
- 编译时保证内存安全和并发安全。
流行度
Rust 连续多年被开发者评为最受喜爱的编程语言。
木兰语言
Go 是谷歌开发的一门静态强类型、编译型语言，语法简洁，适合构建网络服务。
主要特点
- 内置并发，使用 goroutine 与 channel。
- 编译速度快，部署简单。
流行度
Go 在云原生领域被广泛使用，许多基础设施项目都用它编写。
易语言
Java 是一门面向对象的编程语言，拥有庞大的生态系统和大量的企业用户。
主要特点
- 跨平台，一次编写到处运行。
- 拥有成熟的虚拟机与垃圾回收机制。
流行度
Java 长期位居各类编程语言排行榜的前列，在企业开发中占据重要地位。
"""


def test_a_title_the_document_repeats_is_one_with_a_colon_too():
    """f20_02: '主要特点' heads a part under each language, once written '主要特点:' over its list; that one was
    missed, so one language had no '主要特点' while the others had."""
    titles = [h.title for h in parse_document(_LANGUAGES.encode("utf-8")).headings]
    assert titles.count("主要特点") == 3 and titles[:4] == ["仓颉语言", "主要特点", "流行度", "木兰语言"]


def test_a_colon_label_named_once_stays_a_label():
    """A guard: '主要特点:' where no other part bears that name introduces its list, as before."""
    text = _LANGUAGES.replace("主要特点\n", "优势\n")
    assert "主要特点" not in [h.title for h in parse_document(text.encode("utf-8")).headings]


def test_a_scripts_cue_repeated_between_its_passages_is_no_heading():
    """d48_11: a defence talk's script sets '翻页' (turn the slide) alone between its passages, thirteen times; each
    was a heading. A sub-title recurring under a new heading each time stays (the languages' '主要特点' above)."""
    passages = ["老师同学们大家好，我是来自药学专业的学生，今天由我来汇报毕业设计的主要内容。",
                "下面我将按照课题综述、数据收集、结果分析的顺序进行汇报，请各位老师批评指正。",
                "首先是课题综述部分，本课题研究了中药复方的网络药理学机制，具有一定的现实意义。",
                "接下来是数据收集，我们从公开数据库中收集了相关成分和靶点的数据，并进行了筛选。"]
    text = "演讲稿\n" + "\n翻页\n".join(passages) + "\n出图\n" + passages[0] + "\n致谢\n" + passages[1] + "\n"
    assert "翻页" not in [h.title for h in parse_document(text.encode("utf-8")).headings]
    assert [h.title for h in parse_document(_LANGUAGES.encode("utf-8")).headings].count("流行度") == 3


def test_an_introductions_numbered_points_do_not_hold_the_texts_parts():
    """d48_09: '本文有三项内容比较重要' over '1、…' '2、…' '3、…', then the text's '一、' '二、' '三、'; '三、' (followed by its
    own '1、日本的追赶') was read as inside the dropped point '3、', and its part was lost."""
    text = ("芯片战争及其应对\n本文有三项内容比较重要，包括：\n1、美国半导体产业与美国政府系统的关系；\n"
            "2、1980年代美日半导体贸易战中双方的应对；\n3、美国当前针对中国大陆的半导体产业政策的真实动因。\n"
            "一、半导体产业的最初兴起受惠于美国的国防投入\n美国的电子信息产业发端于二战需求，并在冷战中扩大。\n"
            "二、大规模民用化实现了半导体产业的起飞\n六十年代以后，半导体开始大规模进入民用市场。\n"
            "三、日本的追赶与日美半导体贸易战\n1、日本的追赶\n日本在七十年代开始追赶美国的半导体产业。\n"
            "2、日美半导体贸易战\n八十年代美日之间爆发了半导体贸易战。\n")
    got = [h.marker.strip() for h in parse_document(text.encode("utf-8")).headings]
    assert "三、" in got and got[:2] == ["一、", "二、"]


@pytest.mark.parametrize("line, fields", [
    ("采访 | 李思琪", {"author": "李思琪"}),  # d48_01: an interview's credit under its lead
    ("编辑｜王五", {"editor": "王五"}),
    ("文字 | 张三 李四", {"author": "张三 李四"}),
    ("首页 | 新闻", {}),  # a menu's bar is no credit
    ("作者 | 这是一个很长的句子，不是名字。", {}),
])
def test_a_pages_credit_across_a_bar_is_read_as_its_field(line, fields):
    from reader.text.credits import credit_bar
    from reader.text.meta import parse_meta_line

    assert credit_bar(line) == fields
    assert parse_meta_line(line) == (fields or None)


def test_an_interviews_credit_line_is_no_heading():
    """d48_01: '采访 | 李思琪' between the lead and the first subhead was the interview's first part."""
    lead = "来自2016级通信工程专业的张翰飞，对导论课有着特别的体验，因为他是作为一名转专业的同学进入信通院的。"
    text = (f"做助教是一件光荣的事\n{lead}\n采访 | 李思琪\n一门令人印象深刻的课\n{lead}\n成为助教之后\n{lead}\n")
    titles = [h.title for h in parse_document(text.encode("utf-8")).headings]
    assert titles == ["一门令人印象深刻的课", "成为助教之后"]
