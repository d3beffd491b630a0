"""Round 49i: records of several meetings in one file. A record kept meeting by meeting names some meetings by their
date and others by their count ('2024-04-02 项目启动会议' beside '第三次会议记录：'): each is a session at the top,
what follows it its own. A monthly meetup dates its sessions by year and month only ('2021.07 月小聚: …')."""

from __future__ import annotations

import pytest

from reader.text.meetings import dated_sessions
from reader.text.mixedsessions import dated_meetings
from support import paragraphs as _paragraphs, parse_document

MIXED = """社团项目会议记录

2024-05-10 需求评审会议

参会人员
- 组长
- 前端开发
- 后端开发

讨论内容

界面设计
- 首页改版已经完成初稿
- 配色需要再调整

接口约定
- 统一返回格式
- 错误码另行整理

2024-04-02 项目启动会议

参会人员
- 组长
- 全体组员

讨论内容
- 确定项目方向为校园二手交易平台
- 确定每周开一次会

第三次会议记录：
会议内容：
完成了登录注册功能，商品列表页还在开发中；
下周继续完善商品详情页。
第四次会议记录：
会议内容：
商品详情页已经上线，开始联调支付接口；
测试同学整理了第一轮问题清单。
"""

MONTHS = """网络自由小聚记录

2021.07 月小聚: 认识数字性别暴力

这次请到两位讲者分享数字性别暴力的类型与应对方式。

现场讨论了平台检举机制的问题。

2021.06 月小聚: 防疫可以兼顾隐私吗

讲者介绍了各地实名登记制度的设计。

大家讨论了资料保存期限应该多长。

2021.05 月小聚: Cookie 终结之后

讲者说明了浏览器厂商改用新追踪方式的影响。

与会者讨论了广告业者可能的反应。
"""


def _found(text: str) -> list[tuple[int, str]]:
    doc = parse_document(text.encode("utf-8"), name="doc.txt")
    return [(h.depth, h.title) for h in doc.headings]


BODY = ["会上大家轮流汇报了进度。", "下一步继续推进各自的任务。"]

# rule: mixedsessions.dated_meetings / lift_sessions; meetings.dated_sessions reads a year and month
WANTED = {
    "dated meetings beside counted ones: all four sessions at the top": (
        MIXED, [(1, "2024-05-10 需求评审会议"), (1, "2024-04-02 项目启动会议"), (1, "第三次会议记录"),
                (1, "第四次会议记录")]),
    "dated meetings beside counted ones: each meeting's parts under it": (
        MIXED, [(2, "参会人员"), (2, "界面设计"), (2, "接口约定")]),
    "monthly meetups dated by year and month: sessions": (
        MONTHS, [(1, "2021.07 月小聚: 认识数字性别暴力"), (1, "2021.06 月小聚: 防疫可以兼顾隐私吗"),
                 (1, "2021.05 月小聚: Cookie 终结之后")]),
}


@pytest.mark.parametrize("name", WANTED)
def test_sessions_found(name: str) -> None:
    text, wanted = WANTED[name]
    found = _found(text)
    for heading in wanted:
        assert heading in found, (name, found)


def _record(firsts: list[str]) -> tuple:
    return _paragraphs([line for first in firsts for line in [first] + BODY])


COUNTED = ["第一次会议记录", "第二次会议记录"]

# what dated_meetings must leave alone: lines of records not kept so, or no meeting's name (each first line of
# _record's paragraphs has two of its own under it: its index is 3 times its place)
MEETINGS = {
    "two dated meetings beside two counted: both": (
        _record(["2024-03-01 项目启动会议", "2024-03-08 需求讨论会"] + COUNTED), {0, 3}),
    "no counted sessions: a dated meeting is the record's date line": (
        _record(["2024-03-01 项目启动会议", "会议内容"]), set()),
    "one counted session: no record of counted sessions": (_record(["2024-03-01 项目启动会议", "第一次会议记录"]), set()),
    "a sentence after the date: an entry, no session": (
        _record(["2024-03-01 召开项目启动会议，决定分工"] + COUNTED), set()),
    "a date over no meeting's name: a diary's day": (_record(["2024-03-01 天气晴朗"] + COUNTED), set()),
    "a dated meeting with nothing under it: a list of dates": (
        _paragraphs(["2024-03-01 项目启动会议"] + [line for first in COUNTED for line in [first] + BODY]), set()),
}


@pytest.mark.parametrize("name", MEETINGS)
def test_dated_meetings(name: str) -> None:
    paragraphs, wanted = MEETINGS[name]
    counted = {i for i, p in enumerate(paragraphs) if p.text.startswith("第")}
    assert dated_meetings(paragraphs, counted) == wanted


# year-and-month dates: a monthly meeting's title; alone, or opening a sentence, they stay where they are
MONTHLY = {
    "2021.07 月小聚 three times over their notes": (["2021.07 月小聚: 数字暴力", "2021.06 月小聚: 防疫隐私",
                                                 "2021.05 月小聚: 浏览器追踪"], {0, 3, 6}),
    "2020年4月 alone three times: a letter's dates": (["2020年4月", "2020年5月", "2020年6月"], set()),
    "2023年3月，… a chronicle's entries": (["2023年3月，斯坦福大学发布了开源机器人项目", "2023年6月，基金会发起了开源定义",
                                       "2023年9月，协会审核通过了新的标准"], set()),
    "2021.07 月小聚 out of order: no sessions": (["2021.07 月小聚: 数字暴力", "2021.09 月小聚: 防疫隐私",
                                                 "2021.05 月小聚: 浏览器追踪"], set()),
}


@pytest.mark.parametrize("name", MONTHLY)
def test_monthly_sessions(name: str) -> None:
    firsts, wanted = MONTHLY[name]
    assert dated_sessions(_record(firsts)) == wanted
