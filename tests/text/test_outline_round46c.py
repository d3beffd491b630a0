"""Round 46c: in a text titled by unnumbered lines only, where '后记' follows each event's title, one event whose
title was left out ('后记' right after '后记') does not undo the reading of the others."""

from __future__ import annotations

import pytest

from support import parse_document

_EVENT = "这次活动来了二十多位朋友，大家围坐在一起，从各自的工作聊到学习的方法，气氛很热烈，一直聊到晚上九点多才散。"
_AFTER = "活动结束以后，我又把当天的笔记整理了一遍，发现还有不少问题没有来得及讨论，留待下一次再聊。"


def _events(blocks: list[str]) -> list[tuple[int, str]]:
    doc = parse_document(("\n\n".join(["2023年活动回顾"] + blocks) + "\n").encode(), "events.txt")
    return [(h.depth, h.title) for h in doc.headings]


@pytest.mark.parametrize("untitled", [1, 2])
def test_an_events_missing_title_keeps_each_afterword_under_its_event(untitled):
    titles = ["0912@上海 读书会第一期", "0815@杭州 开源夜话", "0720@苏州 夏日茶会", "0620@北京 设计你的一周",
              "0501@南京 春日徒步"]
    blocks: list[str] = []
    for n, t in enumerate(titles):
        blocks += ([] if n == untitled else [t]) + [_EVENT, "后记", _AFTER]
    found = _events(blocks)
    assert [d for d, t in found if t == "后记"] == [2] * len(titles)
    assert [d for d, t in found if t != "后记"] == [1] * (len(titles) - 1)


def test_titles_said_once_each_stay_at_one_level():
    blocks = []
    for t in ["读书会第一期", "开源夜话", "设计你的一周", "春日徒步"]:
        blocks += [t, _EVENT, _AFTER]
    assert {d for d, _ in _events(blocks)} == {1}
