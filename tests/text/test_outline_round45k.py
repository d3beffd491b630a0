"""Round 45k: a named part said again and again, each time after a part's own title ('后记' closing each event's
write-up in a log of events, '小结' after each meeting's '概要' in a team's minutes), closes each of those parts,
not the whole text: it is their recurring sub-title. A 后记 said once at the end, or only twice (a page's menu and
its text may each name it), stays a part of the text beside the others."""

from __future__ import annotations

import pytest

from support import parse_document

_BODY = "这次活动来了二十多位朋友，大家围坐在一起，从各自的工作谈到学习方法，气氛一直很热烈，结束时天都黑了。"
_MORE = "回来的路上我一直在想，这样的聚会之所以让人期待，是因为每个人都愿意把自己真实的困惑摆到桌面上来。"
_NOTE = "感谢场地方的支持，也感谢每一位到场的朋友，下次活动的时间和地点会在群里另行通知，欢迎大家继续参加。"


def _outline(blocks: list[str]) -> list[tuple[int, str]]:
    doc = parse_document("\n\n".join(blocks).encode("utf-8"), "log.txt")
    return [(h.depth, h.title) for h in doc.headings]


def _events(names: list[str], closing: str = "后记") -> list[str]:
    blocks = ["活动记录", "这里记下我们这几年办过的线下活动，按时间倒序排列，每次活动后附上一段后记。"]
    for name in names:
        blocks += [name, _BODY, _MORE, closing, _NOTE]
    return blocks


_EVENTS = ["1410@杭州 学习社群怎样帮助个人成长", "1409@青岛 夜色里的海边聊天", "1408@北京 社区运营一起聊"]


@pytest.mark.parametrize("blocks, want", [
    (_events(_EVENTS), [(1, _EVENTS[0]), (2, "后记"), (1, _EVENTS[1]), (2, "后记"), (1, _EVENTS[2]), (2, "后记")]),
    (_events(["春季读书会 城市与记忆", "夏季读书会 旅行的意义", "秋季读书会 写作的起点", "冬季读书会 回望这一年"],
             "小结"), [(d, t) for n in ["春季读书会 城市与记忆", "夏季读书会 旅行的意义", "秋季读书会 写作的起点",
                                        "冬季读书会 回望这一年"] for d, t in ((1, n), (2, "小结"))]),
])
def test_a_named_part_after_each_part_is_each_parts_sub_title(blocks, want):
    assert _outline(blocks) == want


_MEETINGS = ["选题讨论会", "需求评审会", "中期检查会", "上线复盘会"]


@pytest.mark.parametrize("meetings", [_MEETINGS, ["第一次（2025.3.7）", "第二次（2025.3.14）", "第三次（2025.3.21）"]])
def test_a_named_part_after_each_meetings_first_sub_title_is_its_sibling(meetings):
    blocks = ["会议纪要"]
    for name in meetings:
        blocks += [name, "概要", "- 地点：图书馆研讨室\n- 成员：全体组员", "小结",
                   "- 确定了本周的开发任务；\n- 约定下次会议前提交设计稿。"]
    found = _outline(blocks)
    assert [d for d, t in found if t in meetings] and all(d == 1 for d, t in found if t in meetings)
    inside = [d for k, (d, t) in enumerate(found)  # (a first meeting right under the text's title may be missed)
              if t == "小结" and k and (found[k - 1][1] in meetings or found[k - 1] == (2, "概要"))]
    assert len(inside) >= 2 and inside == [2] * len(inside)


@pytest.mark.parametrize("blocks", [
    ["活动记录", _BODY] + [b for name in _EVENTS for b in (name, _BODY, _MORE)] + ["后记", _NOTE],  # once, at the end
    _events(_EVENTS[:2]),  # twice only: no form shown
])
def test_a_named_part_said_once_or_twice_stays_beside_the_parts(blocks):
    found = _outline(blocks)
    assert found and all(d == 1 for d, _ in found)
    assert "后记" in [t for _, t in found]
