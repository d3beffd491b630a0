"""Round 61Z: a record kept over a project's sessions ('第一次会议：', '第二次会议：' standing alone, nothing numbered)
writes each session on one template, and the colon labels it gives every session ('遇到的问题：', '建议：'), each
alone on its line over text of its own, are the sessions' sub-titles, as they are under a job posting's numbered
posts. Left alone: a label only one session has, a single label repeated ('如下：' is a lead-in the writer likes), a
label over another label or over a numbered list, a label over a bulleted list ('会议主题：' over '- …', the
session's field), and a record of two sessions only."""

from __future__ import annotations

import pytest

from support import outline

_HEAD = ["会议纪要", "课程资料自主学习系统"]


def _session(n: str, labels: list[str]) -> list[str]:
    lines = [f"第{n}次会议：", "会议名称", "项目阶段", "时间", "2021年6月15日", "会议记录",
             "这次会议主要讨论项目开展的分工和进度，大家各自汇报了自己负责部分的完成情况。"]
    for label in labels:
        lines += [label, "整体进度缓慢，需要各组员加快进度，按时提交自己负责的部分。"]
    return lines


def _record(*sessions: list[str]) -> list[str]:
    lines = list(_HEAD)
    for n, labels in zip("一二三四", sessions):
        lines += _session(n, labels)
    return lines


_TWO = ["遇到的问题：", "建议："]


@pytest.mark.parametrize("sessions, labels", [
    ((["遇到问题："], _TWO, _TWO), 4),  # the first session's own wording is its text
    ((_TWO, _TWO, _TWO), 6),
    ((["存在问题：", "下步计划："],) * 3, 6),
    ((_TWO, ["其他："], _TWO), 4),
])
def test_labels_every_session_has_are_its_sub_titles(sessions, labels):
    found = outline(_record(*sessions), "会议纪要")
    subs = [(depth, title) for depth, _, title in found if depth == 2]
    assert len(subs) == labels
    assert all(title.rstrip("：") in {"遇到的问题", "建议", "存在问题", "下步计划"} for _, title in subs)
    assert [t for d, _, t in found if d == 1] == ["第一次会议", "第二次会议", "第三次会议"]


@pytest.mark.parametrize("sessions", [
    (["遇到的问题："],) * 3,  # one label repeated: a lead-in
    (_TWO, ["其他："], ["其他："]),  # the labels one session alone has
    (_TWO, _TWO),  # two sessions: no record the outline reads session by session
])
def test_labels_not_shared_by_the_sessions_stay_text(sessions):
    found = outline(_record(*sessions), "会议纪要")
    assert all(depth == 1 for depth, _, _ in found)


def test_a_label_over_another_label_or_a_list_stays_text():
    lines = list(_HEAD)
    for n in "一二三":
        lines += _session(n, []) + ["遇到的问题：", "建议：", "希望老师多给指导，帮助我们把进度赶上。"]
    found = outline(lines, "会议纪要")
    assert all(depth == 1 for depth, _, _ in found)


def test_a_label_over_a_list_stays_a_field_of_the_session():
    lines = list(_HEAD)
    for n in "一二三":
        lines += _session(n, []) + ["会议主题：", "- 源码解析分享 by 陈海霞", "视频回放地址：", "- 哔哩哔哩"]
    found = outline(lines, "会议纪要")
    assert all(depth == 1 for depth, _, _ in found)
