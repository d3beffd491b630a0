"""Round 35: a record's sessions however their dates are set, and the parts each repeats; an agenda's items; an
interviewer's questions; a page's marked sub-heads; a part's bare numbered titles; the titles a text's own contents
list names; a section's next number after a references list; hyphenated and stopped section numbers."""

from __future__ import annotations

import pytest

from reader.text.markers import match_heading
from reader.text.meetings import dated_sessions
from support import parse_document

_PLANS = [("2022/11/24", "2022/12/8", "报告单人架构的训练成果。", "确认在现有架构之执行阶段加入人类玩家的方式。"),
          ("2022/11/10", "2022/11/24", "探讨双人合作场景的目标设计。", "完成现有架构的修改，使人类玩家可以一起游戏。"),
          ("2022/10/27", "2022/11/10", "考虑训练时间与计算资源，选定学习环境。", "确认神经网络的训练时程规划。"),
          ("2022/10/13", "2022/10/27", "阅读相关的强化学习论文并进行汇整。", "取得并阅读游戏的原始码，整理资料传递方式。")]


def _record(gap: str) -> bytes:
    lines = ["专题小组会议记录", ""]
    for date, due, done, plan in _PLANS:
        lines += [date, "题目：影像辨识辅助电脑程序控制", "出席组员：林宇、吴霈、王铭", "会议内容：",
                  f"1. {done}", "2. 讨论上周遗留的问题，并分配给各位组员。", f"{due} 会议目标：", f"1. {plan}",
                  "2. 整理本周的实验结果，写成报告。", *[""] * gap.count("\n")]
    return ("\n".join(lines) + "\n").encode("utf-8")


def test_each_session_planning_the_next_is_still_a_session():
    """d52_10: '2022/12/8 会议目标：' inside a session dates the next one; with it the dates ran out of order, no
    session was found, and the line over each date was read as a feed's headline over its byline."""
    doc = parse_document(_record("\n"))
    dated = [h for h in doc.headings if h.title[:4] == "2022"]
    assert [h.title for h in dated] == [date for date, *_ in _PLANS]
    assert not [h for h in doc.headings if h.title.startswith(("完成", "确认", "整理"))]


def test_sessions_after_a_wide_gap_are_no_captions():
    """Three blank lines before each date read as a dropped picture's place, its date as the caption: the sessions
    after the first were lost."""
    doc = parse_document(_record("\n\n\n"))
    assert [h.title for h in doc.headings if h.title[:4] == "2022"] == [date for date, *_ in _PLANS]


_DIARY = """西藏之旅

这次旅行从成都出发，一路向西，走了整整一个星期，下面按日子记下每天的见闻。

{0}

早上七点从成都出发，沿着川藏线一路向西，傍晚到达康定，晚上住在城里的一家小客栈。
康定的夜晚很冷，客栈老板给我们生了火炉，大家围坐在一起聊天。

{1}

翻过折多山，海拔一下子升到四千多米，同行的两个人开始有些高原反应，我们放慢了速度。
中午在新都桥吃饭，下午到达理塘，在城里转了一圈。

{2}

从理塘到巴塘，路上经过了海子山，风景很美，拍了很多照片。
晚上在巴塘住下，准备第二天进入西藏。

{3}

过了金沙江大桥就进入了西藏，路况比四川那边差一些，车开得很慢。
晚上到达芒康，这里的牦牛肉非常好吃。
"""


def test_days_of_a_diary_dated_without_the_year_are_its_parts():
    """A diary or a record of one summer dates each day '1.24', '1.25' alone on its line, in order: its parts."""
    doc = parse_document(_DIARY.format("1.24", "1.25", "1.27", "1.29").encode("utf-8"))
    assert [h.title for h in doc.headings] == ["1.24", "1.25", "1.27", "1.29"]


def test_numbers_counting_on_as_sections_do_are_no_days():
    """'2.1', '2.2', '3.1' count as a document's sections do: no days, whatever else reads them."""
    doc = parse_document(_DIARY.format("2.1", "2.2", "3.1", "3.2").encode("utf-8"))
    assert not [h for h in doc.headings if h.title in ("2.1", "2.2", "3.1", "3.2")]


_MINUTES = """技术委员会例会纪要

时间：2023年6月7日 10:00-12:00
主持人：曹志
与会人：石勇、魏刚、胡欣蔚、李永强

遗留事项跟踪：成立应用迁移工作组的待确定事项
一、对已有应用的兼容
负责运行层的兼容，依赖的三十二位库补齐，其他在接口虚拟化层面的兼容。
二、源码迁移的方向
负责的仓库和交付件如下：
1、移植工具链，提供工程转换工具和依赖分析工具。
2、维护人员预计除了现有团队成员外，再增加两名有经验的工程师。
议题一：使用镜像链接替换软件源的地址配置
介绍：当前软件源的配置使用的是固定地址，并指向境外的站点，国内用户下载速度很慢。
{list}发起人：陈曾
议题二：权限工具宣讲
介绍：简单介绍新工具的代码组织架构。
发起人：王路军
议题三：编译器选型
介绍：下一版本的编译器选型分析。
发起人：赵川峰
议题四：安全事务纳入安全委员会
介绍：供应链安全。
发起人：黄晓权
"""
_GAINS = "一、提高用户的下载速度十倍以上；\n二、更稳定，避免单点故障；\n三、可以实现统一配置，不用每次修改；\n"


def test_agenda_items_are_the_minutes_parts_bodied_or_not():
    """d63_04: '议题三：编译器选型' over '介绍：…' and '发起人：…' has no paragraph of body under it, and the items
    were dropped as a notice's list; an agenda's items are its minutes' parts."""
    doc = parse_document(_MINUTES.format(list="").encode("utf-8"))
    items = [h for h in doc.headings if h.marker.startswith("议题")]
    assert [h.marker for h in items] == ["议题一：", "议题二：", "议题三：", "议题四："]


def test_an_agenda_goes_on_after_a_list_inside_its_item():
    """d63_04: a list '一、…三、' under '议题一' closed it, and '议题二' on, no longer next to a member, were lost."""
    doc = parse_document(_MINUTES.format(list=_GAINS).encode("utf-8"))
    items = [h for h in doc.headings if h.marker.startswith("议题")]
    assert [h.marker for h in items] == ["议题一：", "议题二：", "议题三：", "议题四："]
    assert len({h.depth for h in items}) == 1


def test_marked_sessions_under_a_list_of_their_dates_are_sessions():
    """d62_04: a record saved as text lists its sessions' dates at the top, then opens each with '# 2021年7月23日 …':
    the '#' hid the dates, and with the list the dates ran out of order; the outline then read every dated line as a
    feed's story and each line under it as a part (F1 0.24, now 0.56)."""
    sessions = [("2021年7月20日", "项目启动"), ("2021年7月23日", "敏捷开发培训"), ("2021年8月4日", "业务数据演示"),
                ("2021年8月12日", "架构沟通")]
    notes = ["月底前完成项目概况，接口页面开发。", "测试二期与机器人对接，基于接口网关。", "八月五日开发完成。"]
    lines = ["会议记录", "", *[f"{d} {t}" for d, t in sessions], ""]
    for date, topic in sessions:
        lines += [f"# {date} {topic}", *notes, ""]
    doc = parse_document(("\n".join(lines) + "\n").encode("utf-8"))
    found = sorted(dated_sessions(list(doc.paragraphs)))
    assert [doc.paragraphs[i].text for i in found] == [f"{d} {t}" for d, t in sessions]  # '#' gone (round 39e)


_INTERVIEW = """学生开发者的开源故事

开源世界因贡献的多样性而更加精彩，我们邀请了两位参与开源项目的学生，请他们谈谈自己的经历和收获。

能够向大家介绍一下你们做的这款插件吗？
我们开发的是一款代码高亮插件，旨在为用户提供更好的阅读体验，支持几十种编程语言的语法高亮显示。

请问你们是如何完成这个插件的？

我们主要分为几个步骤，先在本地实现代码高亮，再把它做成插件，最后补上文档和测试，提交给社区评审。

最后，{closing}

我们都从中学到了很多，也希望更多的同学能参与进来，在真实的项目里锻炼自己，和社区一起成长。
"""


def test_an_interviewers_please_tell_us_heads_its_answer():
    """d59_04: '请问你们是如何…的？' was read as a turn of running speech ('请问' among '那么', '所以'), and one question
    left alone headed no part (F1 0.00)."""
    doc = parse_document(_INTERVIEW.format(closing="有什么想对大家说的？").encode("utf-8"))
    assert [h.title for h in doc.headings][:2] == ["能够向大家介绍一下你们做的这款插件吗？", "请问你们是如何完成这个插件的？"]


_PROSPECTUS = """招生简章

根据国家有关规定，结合我院实际，现将学前教育专业的招生事项公布如下，欢迎广大考生报考。

◆就业前景
　　随着经济发展，家庭收入增加，家长对幼儿教育越来越重视，幼儿教师的需求逐年增长，就业前景十分广阔。
◆学制：初中起点五年制大专；三年制中专；
◆专业亮点：
　　1.近年来最热门的专业之一。
　　2.全面提升从业者的综合素质和才艺。
◆培养目标：
本专业培养德、智、美、体全面发展，具有良好职业道德和专业技能的幼儿教育工作者，能在各类幼儿园任教。
"""


def test_marked_parts_naming_themselves_and_a_list_are_titles():
    """d21_05: '◆学制：五年制大专；三年制中专；' ends as a clause does, and '◆专业亮点：' stands over a numbered list, not a
    paragraph: either spoiled the page's '◆' form of sub-head, and the prospectus had no outline (F1 0.00, now 0.77)."""
    doc = parse_document(_PROSPECTUS.encode("utf-8"))
    assert [h.title for h in doc.headings][:4] == ["就业前景", "学制：初中起点五年制大专；三年制中专；", "专业亮点",
                                                   "培养目标"]


def test_a_mark_opening_sentences_marks_a_list():
    """Guard: a '◆' that opens a sentence of the text marks items, whatever other lines it opens."""
    doc = parse_document(_PROSPECTUS.replace("◆就业前景\n", "◆就业前景很好，需求逐年增长，家长也很重视。\n").encode("utf-8"))
    assert not [h for h in doc.headings if h.title.startswith("培养目标")]


def _report(lead: str) -> bytes:
    body = "这一部分根据公开资料和问卷调查整理，数据截至二〇一五年底，统计口径与上一年度的报告保持一致，便于比较。"
    lines = ["开源生态报告", "", "第一部分 引进开源", ""]
    for n, name in enumerate(("国内有影响力的开源专家", "国际有影响力的开源专家", "开源领域国内大会"), 1):
        lines += [f"{n}.{name}", "", body, ""]
    lines += ["第二部分 参与开源", "", *([lead, ""] if lead else [])]
    for n, name in enumerate(("GitHub 上影响力较大的个人", "OpenStack 贡献排行榜", "Docker 贡献排行榜",
                              "热门项目排行"), 1):
        lines += [f"{n}.{name}", ""]
    lines += ["第三部分 影响开源", ""]
    for n, name in enumerate(("产业协会", "政策与重要事件"), 1):
        lines += [f"{n}.{name}", "", body, ""]
    return ("\n".join(lines) + "\n").encode("utf-8")


def test_a_parts_bare_titles_are_sections_as_its_sibling_parts_are():
    """d38_07: the sections of '第二部分' were charts the extract dropped, their titles left bare one after another,
    and read as a list; '第一部分' and '第三部分' hold the same family as sections (F1 0.49, now 0.76)."""
    doc = parse_document(_report(""))
    second = [h.title for h in doc.headings if h.depth == 2]
    assert "OpenStack 贡献排行榜" in second and len(second) == 9


def test_a_list_a_parts_text_leads_into_stays_a_list():
    """Guard: a line of the part's own over the numbers leads into a list ('聚类分割算法' over '1. k-means…')."""
    doc = parse_document(_report("本部分列出四个排行榜。"))
    assert "OpenStack 贡献排行榜" not in [h.title for h in doc.headings]


_FAQ = """驱动器常见问题

- 1 对象字典说明
- 2 电机表里的定子电阻和电感
- 3 电流环参数如何设置？
- 4 电机不能测磁偏角
- 5 更新日志

1 对象字典说明

- 这个参数是设置通信周期内生成返回数据的时刻，默认值是六，一般不需要做调整。

2 电机表里的定子电阻和电感

- 填相电阻和相电感。

3 电流环参数如何设置？

- 驱动器的这个参数是内部自处理的，第三方电机都需要自己整定。

4 电机不能测磁偏角

- 检查编码器的接线和电机的相序，再重新执行一次测量。

5 更新日志

- 二〇二三年三月：第一版。
"""


def test_a_wikis_generated_contents_names_the_titles_the_text_left_plain():
    """d46_06: a wiki page lists its sections ('- 2 电机表里的…') over the text, where each stands plain on its line
    ('2 电机表里的…', a bare number that shows no numbering): the outline had the list's lines, not the sections."""
    doc = parse_document(_FAQ.encode("utf-8"))
    assert [(h.line, h.depth) for h in doc.headings] == [(9, 1), (13, 1), (17, 1), (21, 1), (25, 1)]


def test_a_sections_own_list_names_its_sub_sections():
    """d27_01: '3、垃圾收集算法' lists its algorithms ('* 年轻代-复制算法') over their own parts: sections under it."""
    text = ("1、前言\n\n理解垃圾回收机制有什么好处呢？满足自己的好奇心是一个很好的理由，更重要的是能写出更好的程序。\n\n"
            "2、垃圾收集算法\n\n垃圾收集算法如下：\n\n* 年轻代-复制算法\n* 老年代-标记清除算法\n* 老年代-标记整理算法\n"
            "* 永久代-方法区回收\n\n" + "".join(f"{name}\n\n{name}的原理是先找出存活的对象，再按各自的方式回收其余的内存空间，"
                                            "它的优点和缺点都很明显，适用的场合也各不相同。\n\n"
                                            for name in ("年轻代-复制算法", "老年代-标记清除算法", "老年代-标记整理算法",
                                                         "永久代-方法区回收"))
            + "3、减少开销的措施\n\n不要显式调用回收方法，尽量减少临时对象，对象不用时最好显式置为空。\n")
    doc = parse_document(text.encode("utf-8"))
    algorithms = [h for h in doc.headings if h.title.endswith(("算法", "回收"))]
    assert [h.title for h in algorithms] == ["垃圾收集算法", "年轻代-复制算法", "老年代-标记清除算法", "老年代-标记整理算法",
                                             "永久代-方法区回收"]
    assert [h.depth for h in algorithms] == [1, 2, 2, 2, 2]


_STAGES = ["a. 操作系统名称及版本号", "b. 语言编译系统", "c. 数据库管理系统", "d. 其他必要的支持软件"]
_STAGE_TEXT = "采用的版本没有特别的要求"


def _diary(contents: list[str], body: list[str]) -> bytes:
    lines = ["用户手册", "", "目录", *contents, ""]
    for name in body:
        lines += [name, "", _STAGE_TEXT, ""]
    return ("\n".join(lines) + "\n").encode("utf-8")


def test_the_lines_a_named_contents_list_names_are_headings():
    """d79_10: a manual's '目录' lists its parts with page numbers ('b. 语言编译系统 3'); the text sets them over a
    line each, without blank lines, and they read as a lettered list: the list names them as the manual's parts."""
    doc = parse_document(_diary([f"{name} {n}" for n, name in enumerate(_STAGES, 1)], _STAGES))
    assert ["".join((h.marker + h.title).split()) for h in doc.headings] == ["".join(t.split()) for t in _STAGES]
    assert all(h.line > 8 for h in doc.headings)


def test_a_list_whose_items_come_back_out_of_order_names_no_titles():
    """Guard: the same list with most of its items found below in another order is a list the text talks over."""
    contents = [f"{_STAGES[k]} {n}" for n, k in enumerate((2, 0, 3, 1), 1)]
    assert not parse_document(_diary(contents, _STAGES)).headings


def test_a_contents_list_repeated_line_after_line_names_no_titles():
    """Guard: d47_03, the list again, line after line at the end of the page (its sidebar), names no titles."""
    parts = ["1. 实验目的", "1.1. 实验原理", "1.2. 实验仪器", "1.3. 实验内容", "1.4. 数据处理"]
    text = "\n".join(["实验报告", "", "目录", *parts, "", "一、概述", "", _STAGE_TEXT + "，说明见下。", "", *parts, ""])
    assert not [h for h in parse_document(text.encode("utf-8")).headings if h.line >= 14]  # the copy's lines


def test_a_sections_next_number_closes_a_references_list_item_of_its_number():
    """d36_10: '3.2 开源发展的历史' after '3.1 …' and its '参考文章：' list '1.'–'3.': the list's '3.' was read as
    section 3, '3.2' went inside it and was dropped with the list (F1 0.48, now 0.90)."""
    body = "开源基金会为项目提供中立的治理平台，让来自不同公司的开发者可以在同一规则下协作，这是开源得以持续发展的关键。"
    text = "\n\n".join(["3.1 驱动开源背后的重要力量", body, "结语", body, "参考文章：",
                       "1. 《Apache 是如何运转的》\n2. 《CNCF 是如何运转的》\n3. 《OpenStack 基金会治理指南》",
                       "3.2 开源发展的历史", body, "3.3 开源的未来", body]) + "\n"
    doc = parse_document(text.encode("utf-8"))
    sections = [(h.marker.strip(), h.depth) for h in doc.headings if h.marker.startswith("3.")]
    assert sections == [("3.1", 1), ("3.2", 1), ("3.3", 1)]


def test_the_parts_each_session_of_a_record_repeats_are_its_sections():
    """d75_06: '讨论记录', '会议详情', '下一次会议内容' under every '第N次会议记录': read as the fields of a page's
    records, they were dropped; a record kept session by session gives each session the same parts (F1 0.43, now
    0.88)."""
    lines = ["会议记录", ""]
    for n in "一二三四":
        lines += [f"第{n}次会议记录", "", "讨论记录", "", "时间：2022年10月3日", "", "参会人员：全员参加", "",
                  "会议简介：本次会议主要讨论了小组的命名和大概的分工，并确定了项目的选题。", "", "会议详情", "", "本次会议确定了项目的迭代计划，讨论了需求文档的分工，并约定了每周例会的时间和地点。", "",
                  "下一次会议内容", "", "完成需求文档的编写，并准备下一次迭代的计划评审。", ""]
    doc = parse_document(("\n".join(lines) + "\n").encode("utf-8"))
    parts = [(h.depth, h.title) for h in doc.headings if h.title in ("讨论记录", "会议详情", "下一次会议内容")]
    assert len(parts) == 12 and {d for d, _ in parts} == {2}


def test_hyphenated_section_numbers_before_a_colon_or_a_stop_are_sections():
    """d27_09: '5-1：顺序存储' under '5、二叉树的两种存储结构', and a report's '4-1. 公民科技': a hyphen numbers the
    sections of a part as a point does ('5.1'), whatever follows the number (F1 0.61, now 1.00)."""
    body = "二叉树可以用数组或者链表来存储，不同的存储方式适合不同的操作，下面分别介绍它们的特点和实现。"
    text = "\n\n".join(["1、二叉树的两种存储结构", body, "1-1：顺序存储", body, "1-2：链式存储", body,
                       "2、二叉树的常见操作", body, "2-1. 插入节点", body, "2-2. 查找节点", body]) + "\n"
    doc = parse_document(text.encode("utf-8"))
    assert [(h.depth, h.title) for h in doc.headings] == [
        (1, "二叉树的两种存储结构"), (2, "顺序存储"), (2, "链式存储"), (1, "二叉树的常见操作"), (2, "插入节点"), (2, "查找节点")]


@pytest.mark.parametrize("line, marker", [
    ("1-1. 台灣開放資料、開放政府的法律及政策", "1-1."),  # d63_09: '台' after the stop names Taiwan, counts no machines
    ("2.1、台式机的选购", "2.1、"),
    ("1.5 万人参加了活动", None),  # a number and its unit: no section
    ("3.2 台设备已经到货", None),
])
def test_a_stop_after_a_section_number_ends_the_number(line, marker):
    m = match_heading(line)
    assert (m.marker if m is not None else None) == marker
