"""Titles stacked without code around them, ... : what nests and what does not."""

from __future__ import annotations

from support import parse_document

_YEAR_SUMMARY = """2025 年终总结

又是一年过去了，这一年过得很快，我想把做过的事情简单记下来，留给以后的自己看看。

技术 | 向更深处下潜

开源版图

今年继续维护了几个自己的小项目，也给别人的项目提交了一些补丁，收获了不少反馈和建议。

漏洞挖掘

今年运气不错，挖到了两个漏洞，都拿到了编号，也认识了几位一起做安全研究的朋友。

生活 | 慢下来的一部分

第一份礼物

生日那天收到了朋友寄来的一幅画，画的是我在电脑前敲代码的样子，现在挂在书桌旁边。

旅行

春天去了湖州和苏州，看了樱花，吃了很多好吃的东西，回来以后又胖了几斤，但是很开心。
"""


def test_a_title_over_a_title_holds_it_in_a_text_without_code():
    """d31_02: '技术' right over '开源版图' (a Markdown '##' over '###' whose '#' are gone) holds it and the title after
    it, though the summary shows no code; before, only a note that shows code read its stacked titles."""
    doc = parse_document(_YEAR_SUMMARY.encode("utf-8"))
    depths = {h.title: h.depth for h in doc.headings}
    assert depths == {"技术 | 向更深处下潜": 1, "开源版图": 2, "漏洞挖掘": 2, "生活 | 慢下来的一部分": 1, "第一份礼物": 2, "旅行": 2}


_INTERVIEW = """Interview With the Leader Behind It

这是一篇访谈的中英对照译文，访谈者为记者，受访者为项目负责人，原文刊登在一家教育新闻网站上。

Henry Kronk: Why do this open-source initiative in the first place?

Henry Kronk: 为什么你们一开始要做这个开源项目?

Norman Bier: We have been doing this work for a long time, and we think that sharing it is the right thing to do.

Norman Bier: 我们做这项工作已经很久了，我们认为把它分享出去是正确的做法，也能让更多人受益。

Henry Kronk: How is the research applied?

Henry Kronk: 那么，研究成果又是如何运用的呢?

Norman Bier: The research shapes every course we build, from the first page to the last exercise.

Norman Bier: 研究成果影响着我们构建的每一门课程，从第一页一直到最后一道练习题。

Henry Kronk: What comes next?

Henry Kronk: 接下来会做什么?

Norman Bier: More courses, more partners, and more data shared with the people who teach.

Norman Bier: 更多的课程，更多的合作伙伴，以及与教师们分享的更多数据，这就是我们的下一步。
"""


def test_a_question_over_its_translation_is_no_part_over_a_section():
    """d18_06: an English question over its Chinese translation is one title said twice: both stay at one depth."""
    doc = parse_document(_INTERVIEW.encode("utf-8"))
    asked = [h for h in doc.headings if h.title.startswith("Henry Kronk")]
    assert len(asked) == 6 and len({h.depth for h in asked}) == 1


_COMMITTEE_RECORD = """114年3月 第一次會議紀錄

壹、主席報告
本月社區各項工作正常進行，感謝各位委員的協助，以下進入議題討論。

貳、議題討論

議題1. 討論1月份財報誤計
說明: 1月管理費收入原誤計為84筆，應修正為管理費收入83筆、其他收入1筆。
決議: 請總幹事更正財報後，由委員重新簽名公告。

議題2. 討論社區物業保全議約議價情形
說明: 經主委與保全公司議價為每月215,000元，合約一年。
決議: 表決8票同意，優先議約。

議題3. 討論大門除鏽上漆
說明: 大門鏽蝕嚴重，已請兩家廠商報價。
決議: 表決6票同意執行。

參、散會
"""


def test_a_records_fields_that_say_their_piece_on_one_line_are_its_text():
    """d21_02: '說明: …' and '決議: …' each say all they have on their own line, right over the next 議題: the
    record's text, not parts of each 議題 (a council's '決議：依下列意見修正：' over its （一）… still is one)."""
    doc = parse_document(_COMMITTEE_RECORD.encode("utf-8"))
    assert [h.marker for h in doc.headings] == ["壹、", "貳、", "議題1.", "議題2.", "議題3.", "參、"]


_PICTURED = """什么系统可以替换生产环境的服务器

红帽宣布停止维护之后，很多运维人员都在寻找替代品，下面列出几个值得考虑的发行版，供大家参考。

Rocky Linux（正在开发中）

![][3]

就在红帽宣布计划用滚动发布的版本取代之后，原项目的创始人宣布了一个新项目，目标是做一个完全兼容的发行版。

Lenix 项目（开发中）

![][4]

这个项目是由一家云计算公司创建的，他们多年来一直在提供兼容的商业发行版，这次决定把它免费提供出来。
"""


def test_a_title_over_its_picture_is_a_title():
    """d38_10: each distribution's name stands over its picture ('![][3]'), then its text: the picture stands
    between title and text as it does between text and the next title (F1 0.00 before)."""
    doc = parse_document(_PICTURED.encode("utf-8"))
    assert [h.title for h in doc.headings] == ["Rocky Linux（正在开发中）", "Lenix 项目（开发中）"]


_THREADS = """Python 并发编程笔记

多线程适合处理 IO 密集型的任务，下面的几个例子都来自日常工作中处理日志的脚本，代码可以直接运行。

threading 后台线程

#!/usr/bin/env python
import threading
import time

class MyThread(threading.Thread):
    def run(self):
        time.sleep(1)

if __name__ == "__main__":
    for i in range(5):
        t = MyThread()
        t.start()

threading 控制最大并发_查询日志中IP信息

#!/usr/bin/env python
import threading
import time

lock = threading.Semaphore(5)

class Manager extends Employee{
    添加方法和域
}
"""


def test_a_title_between_two_blocks_of_code_is_a_title():
    """h17_02: a title between the end of one script ('t.start()') and the next ('#!/usr/bin/env python') is no item of
    a run of short lines: the lines around it are code. A line inside an open block ('…Employee{' over '添加方法和域')
    is the code's placeholder, never a title."""
    doc = parse_document(_THREADS.encode("utf-8"))
    assert [h.title for h in doc.headings] == ["threading 后台线程", "threading 控制最大并发_查询日志中IP信息"]


_WEEKLY = """软件周例会纪要

2019.10.11

M60A 修改了一些问题，已交由广州处理，下周跟进测试结果。
V10 打流重启的问题已经查明，是因为本身内存太小导致的。

2019.09.25

开始看协议栈的代码，整理通讯中断问题的复现步骤。
协助调试双 SIP 功能，下周给出结论。

2019.09.18

将 WIFI 的 TKIP 认证移除，重新打包发布测试版本。
S16 内存问题继续跟进，有些程序也会跑得异常。
"""


def test_dated_sessions_of_a_record_are_its_parts():
    """d62_09, d63_08: a weekly record opens each session with its date alone on a line, newest first; each session
    holds its own lines (F1 0.00 before)."""
    doc = parse_document(_WEEKLY.encode("utf-8"))
    assert [h.title for h in doc.headings] == ["2019.10.11", "2019.09.25", "2019.09.18"]


def test_dates_out_of_order_or_holding_nothing_are_no_sessions():
    """A feed's bylines hold one line each, and dates out of order date something else than sessions."""
    shuffled = _WEEKLY.replace("2019.09.25", "2019.11.25")
    assert not [h for h in parse_document(shuffled.encode("utf-8")).headings if h.title.startswith("2019")]
    feed = "今日要闻\n\n" + "".join(f"{d}\n{t}\n\n" for d, t in (
        ("2018-09-19", "超强台风蹂躏本港，沿岸多处水浸，市民清理家园。"), ("2018-09-18", "公共交通逐步恢复，港铁加密班次疏导人流。"),
        ("2018-09-17", "学校停课一天，教育局呼吁家长留意安排。")))
    assert not [h for h in parse_document(feed.encode("utf-8")).headings if h.title.startswith("2018")]


_FORMS = """HTML5 表单笔记

HTML5 为表单增加了很多新功能，下面分别记录常用的几个，每个都附上了可以直接运行的例子。

新的input控件

<form action="/submit">
  <input type="email" name="mail">
</form>

新的表单属性

autocomplete 属性规定表单是否应该启用自动完成功能，启用后浏览器会根据用户之前输入的值自动填写。

<form autocomplete="on">
  <input type="text" name="user">
</form>

表单的传输方式

method 属性规定如何发送表单数据，常用的有 get 和 post 两种方式，post 更适合提交敏感信息。

>>> bool(1)

True    # True是关键字，表示真

布尔类型

布尔类型只有两个值，用来表示条件是否成立，常常用在判断语句和循环语句的条件里面。
"""


def test_a_title_after_a_closing_tag_or_a_prompt_is_a_title_and_a_commented_line_is_code():
    """d30_02, d30_05: '新的表单属性' right under a form's '</form>' stands between code and its text as it would
    under a paragraph; 'True    # True是关键字' is a line of code with its comment, no title."""
    doc = parse_document(_FORMS.encode("utf-8"))
    assert [h.title for h in doc.headings] == ["新的input控件", "新的表单属性", "表单的传输方式", "布尔类型"]


_REPRINTS = """新闻立法文选

这里收录几篇关于新闻立法的旧文，按发表时间排列，每篇注明出处，供大家参考和讨论。

三十年新闻立法历程与思考[^1]

[^1]: 《炎黄春秋》 孙旭培

基于对“文革”的反思和对国外新闻法治的借鉴，新闻立法在改革开放之初就被提上了议事日程，至今已有三十多年。

新闻立法之争解读[^2]

[^2]: 谌洪果 《传媒透视》 2015-05-04

两会期间，有代表再次提出制定新闻法的建议，引起了舆论的广泛关注，各方观点针锋相对，争论持续了很久。
"""


def test_a_title_over_the_note_that_cites_its_source_is_a_title():
    """d64_04: each reprinted piece's title stands over its footnote ('[^1]: 《炎黄春秋》 孙旭培'), then its text: the
    note stands between title and text as a picture does."""
    doc = parse_document(_REPRINTS.encode("utf-8"))
    assert [h.title for h in doc.headings] == ["三十年新闻立法历程与思考[^1]", "新闻立法之争解读[^2]"]


_PART_OF_A_REPORT = """问卷篇 · 2018中国开源年度报告

本报告由开源社发起，面向国内开发者开展问卷调查，以下为问卷部分的主要结论，完整数据见附录。

第一篇 问卷篇

一、报告概述

1.1 背景

开源软件已经成为信息技术发展的重要基础，越来越多的开发者和企业参与到开源社区之中，本次调查旨在了解现状。

1.2 特邀专家

本次报告邀请了多位来自企业和高校的专家参与问卷设计和结果解读，在此一并表示感谢。

二、重要发现

调查显示，国内开发者参与开源的意愿明显提高，但持续贡献的比例仍然偏低，企业的支持力度也有待加强。
"""


def test_the_only_part_named_in_the_title_is_the_title_again():
    """d36_09: '第一篇 问卷篇' under the title '问卷篇 · 2018中国开源年度报告' is the only 篇 of the file: the title
    again, so its 一、 are the top level (depth 0.00 before)."""
    doc = parse_document(_PART_OF_A_REPORT.encode("utf-8"))
    assert [(h.marker, h.depth) for h in doc.headings] == [("一、", 1), ("1.1", 2), ("1.2", 2), ("二、", 1)]


_BARE_SECTIONS = """社区代码仓管理制度

1 目的

为规范社区代码仓的操作要求，指导社区成员正确地创建、使用和归档代码仓，特制定本制度。

2 适用范围

本制度适用于社区所有代码仓的创建、变更、归档和删除等操作，以及参与这些操作的全体社区成员。

3 代码仓的管理要求

新建代码仓须经项目管理委员会评审通过，代码仓的命名应当清晰表达其用途，并与已有代码仓保持一致。

4 变更记录

本制度自发布之日起施行，由项目管理委员会负责解释，修订时在本节记录修订的日期和内容。
"""


def test_bare_numbers_over_their_text_number_sections_without_subsections():
    """d65_01: '1 目的' … '4 变更记录' run 1, 2, 3, 4 through the rules, each over its paragraph: sections, though
    no 1.1 under them shows the numbering (F1 0.00 before); '1 岗位' again and again is a list's count."""
    doc = parse_document(_BARE_SECTIONS.encode("utf-8"))
    assert [h.marker for h in doc.headings] == ["1", "2", "3", "4"]
    postings = "".join(f"{n} 岗位\n\n负责社区网站的日常维护和内容更新，每周至少投入十个小时，能够长期稳定地参与。\n\n"
                       for n in range(1, 5))
    assert parse_document(("招募志愿者\n\n" + postings).encode("utf-8")).headings == ()
