"""Round 38f: a travel diary's days ('D1&2', 'D5', 'Day 4 瞎晃+1', '第二天') standing alone, one after another, are
the diary's sections whatever their shape, and the titles written under a day are that day's parts."""

from __future__ import annotations

import pytest

from reader.text.days import day_titles
from support import parse_document, spaced_paragraphs


def _diary(*parts: str) -> bytes:
    return ("支教十日记\n\n" + "\n\n".join(parts) + "\n").encode("utf-8")


_PICTURE = "{{}}"


def _headings(data: bytes) -> list[tuple[int, str]]:
    doc = parse_document(data, "diary.txt")
    return [(h.depth, f"{h.marker}{h.title}") for h in doc.headings]


@pytest.mark.parametrize("days, caption", [
    (["D1&2", "D3", "D4", "D5", "D6&D7"], ""),
    (["Day 1", "Day 2", "Day 3 瞎逛", "Day 4 瞎逛+1"], "🏄 合影"),
])
def test_every_day_of_a_diary_is_a_section(days, caption):
    """'D5' has no Chinese and stands under a picture, not a paragraph; 'D1&2' covers two days; 'D2 爬山' has its
    picture's caption ('合影') under it, no paragraph: still the diary's days."""
    bodies = ["清晨出发，一路颠簸到了山脚下的小学，孩子们早早等在门口。", _PICTURE,
              "上午在教室里上课，下午带着学生去田里认识各种庄稼。", "晚上大家围坐在操场上，看星星，聊各自的家乡。",
              _PICTURE]
    parts = []
    for n, day in enumerate(days):
        parts += [day, caption, bodies[n % len(bodies)], _PICTURE] if caption else [day, bodies[n % len(bodies)], _PICTURE]
    got = _headings(_diary("七月中旬，我们一行人坐了十几个小时的火车去山里支教，下面按天记一记。", *parts))
    wanted = [d.replace(" ", "") for d in days]
    assert [(d, t.replace(" ", "")) for d, t in got if t.replace(" ", "") in wanted] == [(1, d) for d in wanted]


def test_the_titles_under_a_day_are_its_parts():
    """'群团中心' and '哒哒面' after '第二天' belong to that day; '第三天' is the next day, not a part of the second."""
    body = "这一天的行程排得很满，大家走了很多路，也听到了许多平时听不到的故事，晚上回到住处已经很累了。"
    data = _diary("出发之前", body, "第一天", body, "第二天", body, "群团中心", body, "哒哒面", body,
                  "第三天", body, "第四天", body, "茶园", body, "博物馆", body, "第五天", body)
    assert _headings(data) == [
        (1, "出发之前"), (1, "第一天"), (1, "第二天"), (2, "群团中心"), (2, "哒哒面"), (1, "第三天"), (1, "第四天"),
        (2, "茶园"), (2, "博物馆"), (1, "第五天")]


@pytest.mark.parametrize("lines, days", [
    (["D3", "正文一段。", "D4", "正文一段。", "D5"], [0, 2, 4]),
    (["第一天", "正文。", "第二天", "正文。", "第三天", "正文。", "第一天", "正文。", "第二天"], [0, 2, 4, 6, 8]),
    (["D3", "正文一段。", "D1", "正文一段。", "D2"], [0, 2, 4]),  # a second trip starts again at one
    (["D3", "正文一段。", "D5", "正文一段。", "D4"], []),  # numbers going back: no diary
    (["D1", "正文一段。", "D2"], []),  # two days show no form
    (["第一天 上午", "正文。", "第二天 上午", "正文。", "第三天 上午"], []),  # a programme's timetable
    (["第一天主题 - 开营破冰", "正文。", "第二天主题 - 太空体验", "正文。", "第三天主题 - 滑翔机"], []),
    (["第一天我们到了雅安，", "正文。", "第二天，去了茶园", "正文。", "第三天回家。"], []),  # sentences
])
def test_which_lines_are_days(lines, days):
    paragraphs = spaced_paragraphs(lines)
    assert day_titles(paragraphs, [None] * len(paragraphs)) == days


_NOTE = "这一章讲的是人为什么会不快乐，作者借心理医生之口告诉我们，很多情绪其实来自童年的经验，值得反复体会。"


@pytest.mark.parametrize("front", [["说在前面", "精华提炼"], ["写在前面", "读后感"]])
def test_a_part_right_over_the_quoted_chapters_holds_them(front):
    """Reading notes: two parts of the reader's own, then '摘抄' right over the chapters it quotes ('第三章' on): the
    chapters sit inside '摘抄'; a short line inside a chapter ('你还要责怪别人多久') is a quoted sentence, no title."""
    lines = ["《蛤蟆先生去看心理医生》读书笔记", ""]
    for name in front:
        lines += [name, _NOTE, ""]
    lines += ["摘抄", "第三章 抑郁的原因", _NOTE, "", "你还要责怪别人多久", "", _NOTE, ""]
    for chapter in ["第四章 成长的寓言", "第五章 探索童年", "第六章 愤怒的表现", "第七章 意外访客"]:
        lines += [chapter, _NOTE, ""]
    doc = parse_document("\n".join(lines).encode("utf-8"), "notes.txt")
    got = [(h.depth, f"{h.marker}{h.title}".replace(" ", "")) for h in doc.headings]
    assert got == [(1, front[0]), (1, front[1]), (1, "摘抄"), (2, "第三章抑郁的原因"), (2, "第四章成长的寓言"),
                   (2, "第五章探索童年"), (2, "第六章愤怒的表现"), (2, "第七章意外访客")]
