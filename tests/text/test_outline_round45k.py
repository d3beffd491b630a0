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


# A part's lead names its sections in their order ('地点：西湖、灵隐寺' under '浙江省杭州市', then '西湖' and '灵隐寺'):
# the part holds them. Prose that names later titles out of their order, or a section's long text, holds nothing.

_SIGHT = "沿着湖边慢慢走了一圈，风景比照片里还要好看，傍晚的时候游人少了很多，找了一张长椅坐下来休息。"
_FOOD = "附近的小吃街人很多，排队买了几样当地有名的点心，味道偏甜，配一杯热茶正好，价格也算公道。"


def _trip(parts: list[tuple[str, str, list[str]]]) -> list[str]:
    blocks = ["旅行日记", "这一年断断续续去了不少地方，按城市把照片和笔记整理在这里，留作纪念，也给想去的朋友参考。"]
    for part, lead, sights in parts:
        blocks += [part, lead]
        for sight in sights:
            blocks += [sight, _SIGHT, _FOOD]
    return blocks


_PARTS = [("浙江省杭州市", "- 时间：2024 年 3 月\n- 地点：西湖、灵隐寺", ["西湖", "灵隐寺"]),
          ("江苏省苏州市", "- 时间：2024 年 5 月\n- 地点：拙政园、平江路、虎丘", ["拙政园", "平江路", "虎丘"]),
          ("四川省成都市", "这次主要去了宽窄巷子和都江堰（顺路看了青城山）。", ["宽窄巷子", "都江堰（青城山）"])]


def test_a_parts_lead_naming_its_sections_holds_them():
    found = _outline(_trip(_PARTS))
    want = [(d, t) for part, _, sights in _PARTS for d, t in [(1, part)] + [(2, s) for s in sights]]
    assert found == want


@pytest.mark.parametrize("parts", [
    [("浙江省杭州市", "先去的灵隐寺，后来才去西湖。", ["西湖", "灵隐寺"]),  # named out of their order: prose
     ("江苏省苏州市", "虎丘之外，平江路和拙政园也都去了。", ["拙政园", "平江路", "虎丘"])],
    [("浙江省杭州市", "只去了西湖。", ["西湖", "灵隐寺"]), ("江苏省苏州市", "一路都在下雨。", ["拙政园", "平江路"])],  # one named
])
def test_a_lead_naming_titles_out_of_order_or_once_holds_nothing(parts):
    found = _outline(_trip(parts))
    assert found and all(d == 1 for d, _ in found)
