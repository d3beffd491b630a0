"""Round 47c: an agenda listed before the record of a meeting or an event.

A team's record that follows an English template lists the meeting's 'Agenda' ('1. 回顾上周的阅读任务（预计10分钟）',
'2. …') and then records it under 'Minute'; an event's recap lists its '活动议程' and then writes up each part under a
title of its own. The numbered lines under the agenda preview what the part after it holds: they are no sections.
An agenda that runs to the end holds the record itself ('議程' over '壹、召集人說明會議' … '伍、散會'), a record's
'议题' are its topics, and agenda items with sections of their own under them are parts: all these stay.

A record's '议程' over its topics holds them even where a topic already holds sub-titles of its own ('会员活动时程表'
right over '参考文档'): the topic goes under the agenda with them. A part named otherwise ('会议安排') holds nothing."""

from __future__ import annotations

import pytest

from support import heading_texts, parse_document


def _doc(text: str) -> list[str]:
    return heading_texts(parse_document(text.encode("utf-8")))


_TEAM = """读书小组第五次例会会议纪要

Information

Time: 2024.03.05 20:00~21:30

Location: 图书馆三楼讨论室

{agenda}

1. 回顾上周的阅读任务（预计10分钟）

	- 每人是否读完前三章
	- 分享读书笔记
2. 讨论下一本书的选择（预计20分钟）

	- 每人推荐一本书并说明理由
	- 投票决定
{extra}
------

Minute

Outcomes

大家都读完了前三章，李四对第二章有不同看法，最后投票决定下一本读《乡土中国》。

Action points

张三负责准备下次的讨论提纲。
"""

_RECAP = """回顾：社区网络隐私工作坊

本次工作坊在周日下午和晚上顺利完成，下面整理了当天各场的简短摘要供大家参考。

{agenda}

1. 工作坊 14:00 – 17:00 如何使用加密通讯软件
    - 小林，社区志愿者
2. 讲座 19:30 – 21:00 个人隐私与网络监控
    - 王老师，某大学法学院

加密通讯工作坊

今天我们先从为什么需要加密讲起，大家平时用的聊天软件其实都会在服务器上留下记录。

为什么需要加密

如果没有端到端加密，服务器可以看到你所有的消息内容。

怎样选择软件

要看它是否开源、是否默认开启端到端加密，以及是否收集过多的元数据。

常见的误区

很多人以为删除了聊天记录就万事大吉，其实对方和服务器上都可能还有副本。

讲座回顾

王老师介绍了各国网络监控的现状，以及普通人可以做些什么。

监控的现状

不少国家要求平台保存用户数据，并在执法机关要求时提供。

我们能做什么

从身边做起，设置强密码，开启两步验证，谨慎授权应用权限。

现场问答

有听众问到公共场所的摄像头问题，王老师建议关注地方的个人资料保护规定。
"""

_RECAP_TITLES = ["加密通讯工作坊", "为什么需要加密", "怎样选择软件", "常见的误区", "讲座回顾", "监控的现状", "我们能做什么",
                 "现场问答"]


@pytest.mark.parametrize("agenda", ["Agenda", "Meeting Agenda"])
def test_a_team_records_agenda_items_preview_its_minute(agenda):
    found = _doc(_TEAM.format(agenda=agenda, extra=""))
    assert found == ["Information", "".join(agenda.split()), "Minute", "Outcomes", "Actionpoints"]


@pytest.mark.parametrize("agenda", ["活动议程", "Agenda"])
def test_an_events_programme_previews_its_parts(agenda):
    assert _doc(_RECAP.format(agenda=agenda)) == [agenda] + _RECAP_TITLES


def test_agenda_items_with_sections_of_their_own_stay():
    extra = "\n（1）推荐书目\n\n每人推荐一本书，写明理由，发到群里。\n\n（2）投票规则\n\n得票最多的一本书当选，平票时由组长决定。\n"
    found = _doc(_TEAM.format(agenda="Agenda", extra=extra))
    assert found == ["Information", "Agenda", "1.回顾上周的阅读任务（预计10分钟）", "2.讨论下一本书的选择（预计20分钟）",
                     "（1）推荐书目", "（2）投票规则", "Minute", "Outcomes", "Actionpoints"]


def test_an_agenda_that_runs_to_the_end_holds_the_record():
    found = _doc("学生议会财务委员会第三次会议记录\n\n出席人員：甲、乙、丙\n\n議程\n\n壹、召集人說明會議\n\n貳、認可本次會議議程\n\n"
                 "參、討論事項\n\n一、社团经费核销事宜\n\n- 表决结果：同意3，不同意0，提案通过。\n\n二、学生会预算\n\n"
                 "各部门预算均已审核，秘书部的印刷费需要再说明。\n\n肆、臨時動議\n\n無。\n\n伍、散會（21:30）\n")
    assert found == ["議程", "壹、召集人說明會議", "貳、認可本次會議議程", "參、討論事項", "一、社团经费核销事宜",
                     "二、学生会预算", "肆、臨時動議", "伍、散會（21:30）"]


@pytest.mark.parametrize("name", ["议题", "活动安排"])
def test_topics_and_other_parts_keep_their_numbered_lines(name):
    found = _doc(_RECAP.format(agenda=name))
    assert "1.工作坊14:00–17:00如何使用加密通讯软件" in found and "2.讲座19:30–21:00个人隐私与网络监控" in found


_BOARD = """读书会 2024-03-12 例会

读书会理事会 2024 年第三次月例会

- 日期/时间：2024 年 3 月 12 日 20:00
- 参会人员：全体理事
- 会议记录：秘书 @小王

{part}

本次会议由理事长主持，共讨论以下几项事务，并对上月遗留事项做了跟进。

春季读书节安排

- 时间：四月第二周
- 负责人：@小李

场地预约

- 图书馆报告厅已预约

经费预算

- 预计支出三千元，由会费列支

新会员招募

- 本月新增会员十二人

会员活动时程表

参考文档

- 《读书会活动手册》

理事讨论

- 同意增加线上分享会
"""


def _depths(text: str) -> list[tuple[int, str]]:
    return [(h.depth, h.marker + h.title) for h in parse_document(text.encode("utf-8")).headings]


def test_a_records_agenda_holds_its_topics_with_their_sub_titles():
    assert _depths(_BOARD.format(part="议程")) == [
        (1, "读书会理事会 2024 年第三次月例会"), (1, "议程"), (2, "春季读书节安排"), (2, "场地预约"), (2, "经费预算"),
        (2, "新会员招募"), (2, "会员活动时程表"), (3, "参考文档"), (3, "理事讨论")]


def test_a_part_named_otherwise_holds_no_topics():
    assert _depths(_BOARD.format(part="会议安排")) == [
        (1, "读书会理事会 2024 年第三次月例会"), (1, "会议安排"), (1, "春季读书节安排"), (1, "场地预约"), (1, "经费预算"),
        (1, "新会员招募"), (1, "会员活动时程表"), (2, "参考文档"), (2, "理事讨论")]
