"""Round 49b: sections counted with two digits. A slide deck's script or a WeChat article numbers its parts '01 …',
'02 …' (or from '00 开场'), each set apart by blank lines and holding no 1.1 under
it (the middle-dot form '01 · …' is a slide's title, round 49f); a list never pads its numbers with a nought, and a table row's '01 土地稅 17,689' carries an amount, not a title."""

from __future__ import annotations

import pytest

from support import parse_document

BODY = "这一部分讲清楚我们为什么这样做，过去一年里走过的路和踩过的坑，以及接下来准备怎样继续推进。"
SCREEN = "屏幕上\n\n一张图，一句话。\n\n讲稿\n\n" + BODY


def _found(text: str) -> list[tuple[int, str, str]]:
    doc = parse_document(text.encode("utf-8"), name="doc.txt")
    return [(h.depth, "".join(h.marker.split()), h.title) for h in doc.headings]


def _numbered(found: list[tuple[int, str, str]]) -> list[tuple[str, str]]:
    return [(marker, title) for _, marker, title in found if marker]


CASES = {
    # rule: paddednumbers takes a run '01', '02', … standing apart as the article's sections
    "an article's '01 …', '02 …' with no 1.1 under them": (
        "一文读懂这次活动\n\n" + BODY + "\n\n01 最国际范儿的一次冲刺\n\n" + BODY + "\n\n02 最有意义的一次冲刺\n\n" + BODY
        + "\n",
        [("01", "最国际范儿的一次冲刺"), ("02", "最有意义的一次冲刺")]),
    "a title with a comma in it: '02 抛弃幻想，直接上手'": (
        "招新宣讲逐字稿\n\n01 实验室简介\n\n" + SCREEN + "\n\n02 抛弃幻想，直接上手\n\n" + SCREEN + "\n",
        [("01", "实验室简介"), ("02", "抛弃幻想，直接上手")]),
}

# What must stay as it was.
GUARDS = {
    "a list of steps set line by line under a blank line": (
        "上车路线\n\n" + BODY + "\n\n01 夯实基础：装好虚拟机\n02 刷题进阶：做完技能树\n03 沉淀输出：每题写总结\n\n"
        + BODY + "\n", []),
    "a budget table's rows carry amounts": (
        "歲入預算表\n\n" + BODY + "\n\n01 稅課收入 52,254,000\n\n02 罰款收入 1,210,000\n\n03 規費收入 963,000\n\n"
        + BODY + "\n", []),
    "a count that does not open from a nought: '3 …', '4 …' stay text": (
        "会议记录\n\n" + BODY + "\n\n12 位同学到场\n\n" + BODY + "\n\n13 位同学发言\n\n" + BODY + "\n", []),
    "sentences after the number are no titles": (
        "活动回顾\n\n" + BODY + "\n\n01 我们到了现场。\n\n" + BODY + "\n\n02 大家都很开心！\n\n" + BODY + "\n", []),
}


@pytest.mark.parametrize("text, expected", CASES.values(), ids=CASES.keys())
def test_padded_sections(text, expected):
    assert _numbered(_found(text)) == expected


@pytest.mark.parametrize("text, expected", GUARDS.values(), ids=GUARDS.keys())
def test_guards(text, expected):
    assert _numbered(_found(text)) == expected
