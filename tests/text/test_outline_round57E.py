"""Round 57E (issue #9, meeting minutes and speeches): a record kept session by session under dated titles
('2023.10.19 數位韌性') keeps a session whose notes were never written, and a talk's title that asks with a comma in it
('丞相，起風了？…'); a speaker's greeting or thanks to the room ('大家好', 'Hi 各位好', '谢谢大家') heads nothing."""

from __future__ import annotations

import pytest

from reader.text.meetings import dated_sessions
from support import outline, paragraphs

NOTE = "與會者分享了近期的觀察，並討論了後續可以持續追蹤的方向與可能的合作方式。"
MORE = "會後整理了相關連結與簡報，放在共筆中供大家參考，下次小聚再繼續討論。"


def _record(titles: list[str], empty: frozenset[str] = frozenset()) -> list[str]:
    lines = ["網路自由小聚共筆", MORE]
    for title in titles:
        lines += [title] + ([] if title in empty else [NOTE, MORE, NOTE])
    return lines


@pytest.mark.parametrize("titles, empty", [
    (["2023.12.21 平台個資保護", "2023.11.16 戶籍資料外洩", "2023.10.19 數位韌性", "2023.09.27 被竊聽的輸入法"],
     frozenset({"2023.11.16 戶籍資料外洩"})),
    (["2021.12 月小聚: 雲端硬碟隱私", "2021.11 月小聚: 防火長城", "2021.10 月小聚: 扁平世界中的科技與偵查法",
      "2021.09 月小聚: 網路透明報告"], frozenset({"2021.10 月小聚: 扁平世界中的科技與偵查法"})),
    (["2022.5.19 數位發展部", "2022.6.16 丞相，起風了？近日的網軍與輿論探討", "2022.7.21 數位人權大會",
      "2022.8.13 數位威權趨勢"], frozenset()),
    (["2022.11.17 資料信託", "2022.10.12 有備無患，先掃再說？—— 簡訊實聯制的觀察與爭議", "2022.9.22 數位中介服務法",
      "2022.8.13 數位威權趨勢"], frozenset()),
])
def test_every_dated_session_heads_the_record(titles: list[str], empty: frozenset[str]) -> None:
    assert [t for _, _, t in outline(_record(titles, empty), "網路自由小聚共筆")] == titles


@pytest.mark.parametrize("lines, kept", [
    # a contents list of the sessions' dates over the sessions: the dates over dates stay out
    (["2023.03.01 例會", "2023.02.01 例會", "2023.01.01 例會", MORE,
      "2023.03.01 例會", NOTE, MORE, NOTE, "2023.02.01 例會", NOTE, MORE, NOTE, "2023.01.01 例會", NOTE, MORE, NOTE],
     {4, 8, 12}),
    # a session's date out of the record's order is a note's date, not a session
    (["2023.03.01 例會", NOTE, MORE, NOTE, "2021.05.05 舊案", "2023.02.01 例會", NOTE, MORE, NOTE,
      "2023.01.01 例會", NOTE, MORE, NOTE], {0, 5, 9}),
    # a chronicle's sentence with a comma and no question is no talk's title
    (["2023.03.01 例會", NOTE, MORE, NOTE, "2023.02.15 理事會通過預算，並決定下次例會改在線上", NOTE,
      "2023.02.01 例會", NOTE, MORE, NOTE, "2023.01.01 例會", NOTE, MORE, NOTE], {0, 6, 10}),
])
def test_dates_that_open_no_session(lines: list[str], kept: set[int]) -> None:
    assert dated_sessions(paragraphs(lines)) == kept


SPEECH = "今天我们在这里隆重集会，热烈庆祝同学们顺利完成学业，这是一个值得纪念的日子，我代表学校向大家表示祝贺。"


def _speech(opening: str, closing: str = "", parts: tuple[str, ...] = ("坚守初心", "勇于担当", "追求卓越")) -> list[str]:
    lines = ["在2024届毕业典礼上的讲话", opening, SPEECH, SPEECH]
    for part in parts:
        lines += [part, SPEECH, SPEECH]
    return lines + ([closing] if closing else [])


@pytest.mark.parametrize("opening, closing", [
    ("大家好", ""),
    ("Hi 各位好", ""),
    ("哈囉大家晚安", ""),
    ("各位下午好", "谢谢大家"),
    ("大家早上好~", "感謝聆聽"),
    ("Hello 大家好", "謝謝各位"),
])
def test_a_greeting_or_thanks_to_the_room_heads_nothing(opening: str, closing: str) -> None:
    lines = _speech(opening) + ([closing, SPEECH, SPEECH] if closing else [])
    assert [t for _, _, t in outline(lines, lines[0])] == ["坚守初心", "勇于担当", "追求卓越"]


@pytest.mark.parametrize("parts", [
    ("大家好才是真的好", "勇于担当", "追求卓越"),  # a title that only opens like a greeting
    ("坚守初心", "感谢信的故事", "追求卓越"),
    ("致谢", "勇于担当", "追求卓越"),  # thanks as a part of its own
    ("坚守初心", "勇于担当", "感谢"),
])
def test_titles_that_only_look_like_greetings_stay(parts: tuple[str, ...]) -> None:
    lines = _speech("同学们：", parts=parts)
    assert [t for _, _, t in outline(lines, lines[0])] == list(parts)


TOPIC_NOTE = "版本计划已经在社区公示，各个SIG组需要按照计划完成软件包的引入和测试工作。"


def _sessions(label: str, item: str) -> list[str]:
    return ["2021/12/31 版本发布评审", "与会人：胡峰、王建民、杨昭、江新宇", label, " " + item, "评审意见：go，no go",
            "QA SIG：go", "  范佳臣：go 整体版本测试活动完整，针对历史特性和新增特性都进行了充分的测试。",
            "Release SIG：", "  yaqiangchen：go", "  solarhu：go",
            "2021/11/4", "1、社区版本计划讨论——Huangc", TOPIC_NOTE, "2、软件包及仓库规则讨论——chenyaqiang", TOPIC_NOTE,
            "2021/10/14 议题申报：", "1.版本计划", "申报议题：", "   1. 【DB SIG】社区加入版本计划", "   描述：" + TOPIC_NOTE,
            "   Q: 具体要求？", "   A:", "2021/08/04会议纪要", "1．整体进展   --- xuxiaosong", TOPIC_NOTE,
            "2．需求申请流程讲解  ---solarhu", TOPIC_NOTE]


@pytest.mark.parametrize("label, item, topic", [
    ("议题：", "1、openEuler 20.03 LTS SP3发布评审", "openEuler 20.03 LTS SP3发布评审"),
    ("会议内容：", "1. 整理仓库", "整理仓库"),
    ("讨论主题：", "1. 暑期安排", "暑期安排"),
])
def test_a_sessions_one_topic_under_its_topics_label_is_a_part(label: str, item: str, topic: str) -> None:
    found = [(d, t) for d, _, t in outline(_sessions(label, item))]
    assert found[1:3] == [(2, label.rstrip("：")), (3, topic)]


@pytest.mark.parametrize("label, item", [
    ("注意事项：", "1、请按时参会"),  # no topics label: its one item stays an item
    ("议题：", "1、讨论了版本发布的问题，大家一致同意。"),  # a sentence, no topic's name
])
def test_a_lone_item_that_is_no_topic_stays_in_its_list(label: str, item: str) -> None:
    titles = [t for _, _, t in outline(_sessions(label, item))]
    assert titles[1] == label.rstrip("：") and titles[2] == "2021/11/4"
