"""Round 47l (cleaning): a hard-wrapped extract re-joins where two things used to stop it.

A single '……' is prose's ellipsis (a reply in a dialogue opens with it: '……这恐怕来不及，'), not a contents line's
leaders, so its line keeps its width and joins the rest of its sentence; a longer leader run, or one followed only by
a page number, still marks a contents line. In a blank-separated extract whose paragraphs are mostly one line, a
two- or three-line paragraph whose open lines reach the page's measure (the widest lines, two or more of them open)
is wrapped there, though it alone holds too few lines to show a width. Where blank lines mark every paragraph (none
falls under a full line cut mid-sentence), a line under a full one that ends its sentence goes on, however short of
the width by a dropped indent it looks (a Latin word that did not fit left it short)."""

from __future__ import annotations

import pytest

from reader.text.lineshape import leaders_line
from support import parse_document

# a dialogue wrapped at 20 characters, a blank line between paragraphs; replies open with '……'
_DIALOGUE = [
    ["那天下午，热线电话响了很久，我接起来的时", "候对方已经有些着急了，说话的声音又快又轻。"],
    ["“我明天一早就要回老家了，今天能不能先把", "材料交上去？”"],
    ["……这恐怕来不及，材料需要先经过审核，有", "的还要补充单位出具的证明。"],
    ["“那我下个月再来一趟，到时候还需要带些什", "么东西过来？”"],
    ["……身份证、户口本，还有上次开具的那份情", "况说明都要带齐。"],
    ["她在电话那头沉默了一会儿，然后轻声说了句", "谢谢，就把电话挂断了。"],
]
# a news item at 40 characters: most paragraphs one line, two of them wrapped once
_NEWS = [
    ["记者昨日从市交通运输局获悉，全市新开通的三条公交线路运行平稳。"],
    ["据介绍，三条线路均采用新能源车辆，首末班时间与地铁运营时间相衔接，方便市民在早晚", "高峰换乘，预计日均客流将超过两万人次。"],
    ["市民王女士说，家门口就有站点，上班比以前方便多了。"],
    ["交通部门表示，新线路开通后，沿线居民到达市中心的平均时间缩短了将近二十分钟，", "部分站点的候车亭也已同步完成改造。"],
    ["下一步，交通部门将根据客流变化适时调整发车间隔。"],
]

# a report at 20 characters, a blank line after each paragraph; a Latin name too long for the line's end
_REPORT = [
    ["（一）城市交通基础设施持续完善"],
    ["近年来，全市轨道交通建设提速，线网规模不", "断扩大，换乘更加便捷。截至去年底，全市已", "开通运营地铁线路十二条，运营里程超过四百", "公里。"],
    ["公交优先战略深入实施，公交专用道里程稳步", "增加。全市新增和优化公交线路三百余条，公", "交站点五百米覆盖率达到百分之九十八，市民",
     "出行满意度明显提升。"],
    ["（二）绿色出行比例稳步提高"],
    ["共享单车管理更加规范，停放秩序明显改善。", "新的调度平台采用了国外成熟的开源框架", "OpenTripPlanner，支持多种出行方式的联程",
     "规划，高峰时段候车时间明显缩短。"],
    ["城市慢行系统建设加快推进，新建和改造自行", "车道一百二十公里，全市绿色出行比例首次超", "过百分之七十，居全省前列。"],
]


def _text(paragraphs: list[list[str]]) -> bytes:
    return "\n\n".join("\n".join(lines) for lines in paragraphs).encode("utf-8") + b"\n"


def _paragraphs(data: bytes) -> list[str]:
    return [p.text for p in parse_document(data, "extract.txt").paragraphs]


# (extract, the paragraphs it must give back)
CASES = {
    "a reply opening with an ellipsis joins its wrapped tail": (_DIALOGUE, ["".join(p) for p in _DIALOGUE]),
    "two-line paragraphs among one-line ones join at the page's measure": (_NEWS, ["".join(p) for p in _NEWS]),
    "blank lines mark the paragraphs: a line short by a pushed Latin word goes on": (
        _REPORT, ["".join(p) for p in _REPORT]),
}


@pytest.mark.parametrize("name", CASES)
def test_wrapped_paragraphs_rejoin(name):
    extract, want = CASES[name]
    got = _paragraphs(_text(extract))
    assert ["".join(t.split()) for t in got] == ["".join(t.split()) for t in want]


# lines that still read as a contents line's leaders, and prose that does not
LEADERS = {
    "第一章 总则…………………………1": True,
    "一、概述……3": True,
    "前言……ii": True,
    "第二节 目标任务........12": True,
    "他停了一下，说：“这个嘛……": True,  # a line ending on the ellipsis: as before
    "……这恐怕来不及，材料需要先经过审核，有": False,
    "他说……我们再想想办法，总会有出路的，": False,
}


@pytest.mark.parametrize("line", LEADERS)
def test_leaders_line(line):
    assert leaders_line(line) is LEADERS[line]


GUARDS = {
    # a blank-separated list of short lines, a heading over its first line: nothing reaches a page's measure
    "a heading over its text in one run stays apart": (
        [["一、工作目标"], ["到年底，全市新开通公交线路不少于十条，覆盖主要居住区和产业园区。"],
         ["二、主要任务"], ["优化线路布局，提高站点覆盖率，缩短市民步行到站的距离。"]], 4),
    # a full line that ends its sentence over another in the same run: two paragraphs (the open ones join)
    "a full closed line over another stays apart": (
        [["记者昨日从市交通运输局获悉，全市新开通的三条公交线路运行平稳，乘客反映良好。",
          "据介绍，三条线路均采用新能源车辆，首末班时间与地铁运营时间相衔接。"],
         ["交通部门表示，新线路开通后，沿线居民到达市中心的平均时间缩短了将近二十分钟，", "效果明显。"],
         ["据统计，开通首周三条线路累计运送乘客超过十万人次，其中早高峰时段约占四成，", "晚高峰约占三成。"],
         ["下一步，交通部门将根据客流变化适时调整发车间隔，并在早晚高峰增开区间车。"]], 5),
}


@pytest.mark.parametrize("name", GUARDS)
def test_guards(name):
    extract, count = GUARDS[name]
    assert len(_paragraphs(_text(extract))) == count
