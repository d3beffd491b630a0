"""Round 48f: talks in an event's notice, each titled right over its speaker's line, held by the programme's title;
a day's time slots one after another are rows of a schedule, not titles (`talktitles`)."""

from __future__ import annotations

import pytest

from support import blocks_outline

# Talks in an event's notice: each talk's title right over its speaker's line ('分享者：…', '报告人：…'), held by the
# programme's title over them; a day's slots ('09:30 - 10:00 …') one after another are rows, the line over them the
# programme's title (`talktitles`).
INTRO = "本周六下午我们将在学校图书馆报告厅举办第十二期开源技术沙龙，欢迎对操作系统和编译技术感兴趣的同学报名参加。"
ABS1 = "分享简介：本次分享将介绍如何为桌面环境编写一个统计应用使用时长的插件，包括插件的接口设计、数据采集和界面展示。"
ABS2 = "分享简介：介绍一个面向初学者的安全实践平台，通过闯关的方式带领同学们逐步掌握漏洞分析与利用的基本方法和思路。"
ABS3 = "分享简介：从一个最小的例子出发，讲解编译器后端如何进行指令选择和寄存器分配，并给出在实际项目中的调试经验。"
INFO = "活动时间为本周六下午两点到五点半，地点在图书馆一楼报告厅，请提前十分钟到场签到，现场还准备了精美的纪念品。"


def _outline(blocks: list[str]) -> list[tuple[str, int]]:
    return [(h.marker + h.title, h.depth) for h in blocks_outline(blocks)]


TALKS = {
    "a salon's talks over '分享者：' lines, under its programme title": (
        ["开源技术沙龙预告", INTRO, "议程介绍", "以下是部分嘉宾将要分享的主题，欢迎到现场交流。",
         "为桌面环境开发应用时长统计插件", "分享者：王小明 / 社区研发工程师", ABS1,
         "安全实践教学平台：用闯关的方式学漏洞分析", "分享者：李小红 / 计算机学院硕士", ABS2,
         "从零实现一个编译器后端", "分享者：赵小刚 / 开源社区志愿者", ABS3,
         "活动信息", INFO],
        [("议程介绍", 1), ("为桌面环境开发应用时长统计插件", 2), ("安全实践教学平台：用闯关的方式学漏洞分析", 2),
         ("从零实现一个编译器后端", 2), ("活动信息", 1)]),
    "an open day's slots are rows, its talks over '报告人：' under the programme": (
        ["编译技术开放日", INTRO, "议程（草案）", "09:00 - 09:30 签到", "09:30 - 10:00 开场致辞，介绍来宾",
         "10:00 - 10:40 从零实现一个编译器后端", "10:40 - 11:20 桌面插件开发实践", "11:20 - 11:30 合影",
         "题目：从零实现一个编译器后端", "报告人： 赵小刚 工程师", ABS3,
         "题目：桌面插件开发实践", "报告人： 王小明 博士", ABS1],
        [("议程（草案）", 1), ("题目：从零实现一个编译器后端", 2), ("题目：桌面插件开发实践", 2)]),
}

TALK_GUARDS = {
    "a video script's time spans, each over what it shows, stay its parts": (
        ["产品演示视频讲稿", "00:00 - 00:30 开场", INTRO, "00:30 - 01:10 顶部导航", ABS1, "01:10 - 01:50 数据面板", ABS2],
        [("00:00 - 00:30 开场", 1), ("00:30 - 01:10 顶部导航", 1), ("01:10 - 01:50 数据面板", 1)]),
    "plain titles with a guest list ('嘉宾：') under one stay as they were": (
        ["开源技术沙龙回顾", INTRO, "圆桌讨论", "嘉宾：王小明、李小红、赵小刚", ABS3, "活动花絮", INFO],
        [("圆桌讨论", 1), ("活动花絮", 1)]),
}


@pytest.mark.parametrize("blocks,expected", list(TALKS.values()), ids=list(TALKS))
def test_talks_under_their_programme(blocks: list[str], expected: list[tuple[str, int]]) -> None:
    assert _outline(blocks) == expected


@pytest.mark.parametrize("blocks,expected", list(TALK_GUARDS.values()), ids=list(TALK_GUARDS))
def test_time_spans_and_guest_lists_stay(blocks: list[str], expected: list[tuple[str, int]]) -> None:
    assert _outline(blocks) == expected

