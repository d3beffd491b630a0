"""Round 45m: a bulleted question beside a sibling bullet at the same indent ('- 举办场次是否要减少？' under '- 会不会有
人数参与的限制？…') is one point of a list of open questions, as notes and minutes jot them, and heads no part; a
bulleted question standing alone over its answer, or over its own deeper bullets, still heads its part (rule:
`questions.opens_answer`)."""

from __future__ import annotations

import pytest

from support import parse_document

BODY = "本次读书会围绕《人类简史》展开，大家轮流分享了阅读中的体会，并就书中的几个观点进行了比较深入的讨论。"
BODY2 = "会后整理了大家的发言要点，供没有到场的同学参考，下次读书会将继续讨论本书的后半部分内容。"
ANSWER = "示范文明城市是指经济建设、政治建设、文化建设、社会建设和生态文明建设协调发展，市民整体素质较高的城市。"
ANSWER2 = "市民可以从身边小事做起，遵守交通规则，爱护公共环境，积极参加志愿服务活动，共同营造文明的城市氛围。"


def _titles(lines: list[str]) -> list[tuple[int, str, str]]:
    doc = parse_document("\n".join(lines).encode("utf-8"), "biji.txt")
    return [(h.depth, h.marker, h.title) for h in doc.headings]


CASES = {  # bulleted questions one under another: a list's points, no parts
    "a reading group's open questions, one bullet a line": (
        ["读书会记录", "", "讨论内容", "", BODY, "", "遗留问题", "", "- 农业革命是不是史上最大的骗局？",
         "- 货币为什么能让陌生人彼此合作？", "", "下次安排", "", BODY2],
        [(1, "", "讨论内容"), (1, "", "遗留问题"), (1, "", "下次安排")],
    ),
    "a lecture's notes asking two questions in a row, the second over its steps": (
        ["安全讲座笔记", "", "讲座内容", "", BODY, "", "- 间谍软件提供的服务是什么？", "- 攻击的程序是怎样的？",
         "1. 选定目标后，通过各种方法递送恶意软件。", "2. 取得手机的控制权限。", "", "讨论", "", BODY2],
        [(1, "", "讲座内容"), (1, "", "讨论")],
    ),
}

KEPT = {  # a bulleted question alone over its answer, or over deeper bullets: it heads its part
    "an FAQ page's questions each over its answer": (
        ["创建文明城市问答", "", "- 什么是示范文明城市？", ANSWER, "", "- 市民可以做些什么？", ANSWER2],
        [(1, "", "什么是示范文明城市？"), (1, "", "市民可以做些什么？")],
    ),
    "questions over their own deeper bullets": (
        ["创建文明城市问答", "", "- 什么是示范文明城市？", "    - " + ANSWER, "    - " + ANSWER2, "",
         "- 市民可以做些什么？", "    - " + ANSWER2, "    - " + ANSWER],
        [(1, "", "什么是示范文明城市？"), (1, "", "市民可以做些什么？")],
    ),
}


@pytest.mark.parametrize("lines, want", CASES.values(), ids=list(CASES))
def test_listed_questions_head_nothing(lines: list[str], want: list[tuple[int, str, str]]) -> None:
    assert _titles(lines) == want


@pytest.mark.parametrize("lines, want", KEPT.values(), ids=list(KEPT))
def test_lone_questions_stay_headings(lines: list[str], want: list[tuple[int, str, str]]) -> None:
    assert _titles(lines) == want
