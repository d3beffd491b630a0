"""A lecture's transcript leaves the speaker's short lines to the room without their stop ('我们再看一下 Avg. Tx 延时',
'我们暂且叫它ci和cd', '首先第一步，我们要做的是采集数据'): sentences of the talk, never titles
(talklines.spoken_line)."""

from __future__ import annotations

import pytest

from reader.text.talklines import spoken_line
from support import parse_document

BODY = ("今天这次分享主要想和大家聊聊缓存在实际项目里的用法，很多同学平时写业务代码的时候其实都用过缓存，"
        "但是对它背后的取舍考虑得不多，所以出了问题也不知道从哪里下手去排查。")
MORE = ("举个例子，我们组去年上线的一个活动页面，高峰期每秒有好几万次请求，数据库很快就扛不住了，"
        "后来加了一层缓存，响应时间一下子从几百毫秒降到了十几毫秒，效果非常明显。")


def _headings(lines: list[str]) -> list[str]:
    """Titles found in a talk's transcript where each of `lines` stands alone between body paragraphs."""
    blocks = ["缓存实践分享", "", BODY, ""]
    for line in lines:
        blocks += [line, "", MORE, "", BODY, ""]
    return [h.title for h in parse_document("\n".join(blocks).encode(), "talk.txt").headings]


@pytest.mark.parametrize("lines", [
    ["我们先来看一下命中率", "我们再简单讲一下过期策略", "最后大家可以算一下成本"],
    ["首先第一步，我们要做的是选好缓存的粒度", "接着咱们聊一下淘汰算法", "这个地方我们暂且叫它二级缓存"],
    ["我們再看一下延遲的分佈", "同學們可以試一下這個參數", "業界把它統一命名叫做旁路快取"],
])
def test_a_speakers_lines_to_the_room_head_nothing(lines):
    assert _headings(lines) == []


@pytest.mark.parametrize("lines", [
    ["缓存的基本概念", "常见的过期策略", "淘汰算法对比"],
    ["命中率", "能否介绍一下淘汰算法？", "一致性问题"],  # a question asked of the speaker heads its answer
    ["叫做缓存的东西", "它从哪里来", "上电后指示灯闪一下"],  # no one speaks to the room: lines as they stand
])
def test_titles_of_a_talk_stay(lines):
    assert _headings(lines) == lines


@pytest.mark.parametrize("text, spoken", [
    ("我们再看一下 Avg. Tx 延时", True),
    ("我们首先分析一下 TPS", True),
    ("首先第一步，我们要做的是采集数据", True),
    ("我们暂且叫它ci和cd", True),
    ("统一命名叫做.net 5", True),
    ("中学学过导数的同学可以算一下展开式", True),
    ("请介绍一下制定《意见》的背景和重要性？", False),  # a question
    ("上电 LED 灯闪一下", False),  # no one speaking
    ("叫做缓存的东西", False),  # the name opens the line
    ("缓存的基本概念", False),
    ("", False),
])
def test_a_spoken_line_is_known_by_its_words(text, spoken):
    assert spoken_line(text) is spoken


REPORT = ("本轮压测在静态资源和接口架构优化之后进行，并发用户从十个逐步增加到五十个，每一档持续五分钟，"
          "记录吞吐量、平均延时和错误率三项指标，测试环境与上一轮保持一致。")
FIGURES = ("可以看到，吞吐量随着并发用户数的增加大致呈上升趋势，到四十个用户时基本持平，说明系统已经接近瓶颈，"
           "如果继续增加并发用户，吞吐量可能反而下降。")


def _report_headings(subs: list[str]) -> list[str]:
    """Titles found in a numbered test report whose second subsection holds `subs` between its paragraphs."""
    blocks = ["性能测试报告", "", "1. 测试结果", "", "1.1 登录与浏览", "", REPORT, "", FIGURES, "",
              "1.2 下单与支付", "", REPORT, ""]
    for sub in subs:
        blocks += [sub, "", FIGURES, ""]
    blocks += ["2. 结论", "", REPORT, ""]
    return [h.title for h in parse_document("\n".join(blocks).encode(), "report.txt").headings]


def test_a_reports_spoken_lines_are_no_sub_titles():
    """'我们首先分析一下 TPS' under '1.2': the writer talks the reader through the figures, as in a lecture."""
    assert _report_headings(["我们首先分析一下吞吐量", "我们再看一下平均延时"]) == [
        "测试结果", "登录与浏览", "下单与支付", "结论"]


def test_a_reports_sub_titles_stay():
    assert _report_headings(["吞吐量分析", "平均延时分析"]) == [
        "测试结果", "登录与浏览", "下单与支付", "吞吐量分析", "平均延时分析", "结论"]
