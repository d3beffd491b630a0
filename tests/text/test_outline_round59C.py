"""Round 59C: labels ending in a colon that divide a plain title's subject are its sub-titles. Under '答案' the labels
'预习诊断答案：', '拓展训练答案：', '限时作业答案：' each name the title again, in one form (the same words closing each), and
each heads a block of lines: a reader sees the section's parts, as the bold labels of a page whose marks are gone.

Left alone: labels that do not name the title ('做充电宝用的方法：' under '电源'), labels not of one form ('耗时编写格式：',
'移除耗时的指令：'), a form's fields over one line each, lead-ins ('…如下：'), a speaker's repeated turns, and the labels
under a numbered section (its list's or its fields)."""

from __future__ import annotations

import pytest

from support import outline

_P = "本次比赛面向全校学生开放，参赛者须按时完成报名并遵守比赛的各项规定，违者取消比赛资格。"
_Q = "评测系统会自动判定每一次提交的结果，参赛者可以随时在系统中查看自己的提交记录和排名情况。"


@pytest.mark.parametrize("lines, title, labels", [
    (["练习", _P, _P, "答案", "预习诊断答案：", "1-4：CBCA", "5、略", "拓展训练答案：", "1-9：CDDBC", "10、香港",
      "限时作业答案：", "1-9：ADDCC", "10、广东", "小结", _P], "答案", ["预习诊断答案", "拓展训练答案", "限时作业答案"]),
    (["贡献者", _P, "晋升机制", _P, "晋升Committer的流程及要求：", _Q, _Q, "晋升PMC成员的流程及要求：", _Q, _Q,
      "退出机制", _P], "晋升机制", ["晋升Committer的流程及要求", "晋升PMC成员的流程及要求"]),
    (["会员", _P, _P, "技术委员会（TSC）", _P, "技术委员会成员：", _Q, _Q, "技术委员会职责：", _Q, _Q, "秘书处", _P, _P],
     "技术委员会（TSC）", ["技术委员会成员", "技术委员会职责"]),
])
def test_labels_naming_the_title_are_its_sub_titles(lines, title, labels):
    found = outline(lines)
    assert (1, "", title) in found
    assert [t for depth, _, t in found if depth == 2] == labels
    assert found.index((1, "", title)) + 1 == found.index((2, "", labels[0]))


@pytest.mark.parametrize("lines", [
    ["概述", _P, "电源", _P, "做充电宝用的方法：", _Q, _Q, "更换时钟电池的方法：", _Q, _Q, "显示", _P],  # no echo
    ["概述", _P, "Issue的耗时", _P, "耗时编写格式：", "/estimate 1d", "/spend 2h", "移除耗时的指令：",
     "/remove_estimate", "/remove_time_spent", "关闭", _P],  # not of one form
    ["报名方式", _P, "比赛环境", "测评环境：", "Ubuntu", "比赛环境：", "windows7", "奖项设置", _P],  # fields
    ["报名方式", _P, "比赛环境", "测评环境如下：", _Q, _Q, "比赛环境如下：", _Q, _Q, "奖项设置", _P],  # lead-ins
    ["开场", _P, "关于环境", "环境组：", _Q, _Q, "环境组：", _Q, _Q, "结语", _P],  # one speaker's turns
    ["一、报名方式", _P, "二、比赛环境", "测评环境：", _Q, _Q, "比赛环境：", _Q, _Q, "三、奖项设置", _P],  # numbered
])
def test_other_labels_stay_text(lines):
    assert all(depth == 1 for depth, _, _ in outline(lines))
