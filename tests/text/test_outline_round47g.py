"""Round 47g: a text set double-spaced (a blank line after every line, as some editors and a '\\r\\r\\n' read as two
breaks leave it) is read with its gaps halved, so its hard-wrapped paragraphs join again and its titles stand apart
as the writer set them, its lines numbered as in the file; a blank line after every paragraph, paragraphs packed
with a wide gap before a part now and then, an even gap or two lines together are no such doubling
(rule: `doubled.undoubled`, used by `document.build_document`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.text.document import load_document
from reader.text.doubled import undoubled

_MANUAL = """家用咖啡机使用说明

产品简介

  本说明适用于常见的半自动意式咖啡机，介绍开机预热、
萃取和清洁的基本步骤，以及日常保养的注意事项。
  初次使用前请先用清水空跑两次，冲掉管路里的残留物，
再开始制作饮品。

萃取步骤

  先将咖啡粉装入手柄压实，扣上冲煮头后按下萃取键，
一杯单份浓缩大约需要二十五到三十秒。
  出液过快说明粉磨得太粗，出液过慢则说明磨得太细，
可以据此调整磨豆机的刻度。

清洁保养

  每天用完后取下手柄冲洗滤网，并放空蒸汽棒里的积水，
每月用专用清洁剂除一次水垢。
  机器提示缺水或除垢时，应尽快处理，不要继续使用。"""

_MINUTES = """读书会第五次活动纪要

活动概况

  本次活动在市图书馆三楼研讨室举行，到会成员十一人，
由轮值主持人介绍本月共读书目的写作背景。
  活动持续两个小时，中间休息十分钟。

讨论内容

  成员们围绕书中主人公的选择展开讨论，有人认为
他的退让是出于责任，也有人认为那是逃避。
  主持人请每位成员用一句话概括自己的读后感。

下期安排

  下月共读一本科普读物，由两位成员负责准备导读，
活动时间和地点另行通知。"""


def _doubled(text: str) -> str:
    return "\n\n".join(text.split("\n")) + "\n"


def _outline(text: str, tmp_path: Path) -> list[tuple[int, int, str]]:
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    return [(h.line, h.depth, h.marker + h.title) for h in load_document(path).headings]


HALVED = {  # a double-spaced text: its titles as in the single-spaced text, on the double-spaced file's lines
    "a manual's hard-wrapped steps under plain titles": (
        _MANUAL, [(5, 1, "产品简介"), (19, 1, "萃取步骤"), (33, 1, "清洁保养")]),
}

SAME = {  # texts the rule leaves as they are (their outline is the same with or without it)
    "the single-spaced manual": (_MANUAL, [(3, 1, "产品简介"), (10, 1, "萃取步骤"), (17, 1, "清洁保养")]),
    "the single-spaced minutes": (_MINUTES, [(3, 1, "活动概况"), (9, 1, "讨论内容"), (15, 1, "下期安排")]),
    "double-spaced minutes, found either way": (
        _doubled(_MINUTES), [(5, 1, "活动概况"), (17, 1, "讨论内容"), (29, 1, "下期安排")]),
}


@pytest.mark.parametrize("name", HALVED)
def test_double_spaced_text_is_read_halved(name: str, tmp_path: Path) -> None:
    text, want = HALVED[name]
    assert _outline(_doubled(text), tmp_path) == want


@pytest.mark.parametrize("name", SAME)
def test_other_texts_unchanged(name: str, tmp_path: Path) -> None:
    text, want = SAME[name]
    assert _outline(text, tmp_path) == want


_LINES = [f"第{n}段的文字，写得不长也不短，正好一行。" for n in range(1, 11)]

NOT_DOUBLED = {  # spacing a writer sets by hand: no doubling to undo
    "a blank line after every paragraph": "\n\n".join(_LINES),
    "two lines together": "\n\n".join(_LINES[:5]) + "\n" + "\n\n\n\n".join(_LINES[5:]),
    "an even gap": "\n\n\n\n".join(_LINES[:5]) + "\n\n\n" + "\n\n\n\n".join(_LINES[5:]),
    "packed paragraphs with one wide gap before a part": "\n\n".join(_LINES[:5]) + "\n\n\n\n" + "\n\n".join(_LINES[5:]),
    "too few lines to tell": "\n\n\n\n".join(_LINES[:4]),
}


@pytest.mark.parametrize("name", NOT_DOUBLED)
def test_hand_spacing_is_no_doubling(name: str) -> None:
    assert undoubled(NOT_DOUBLED[name]) is None


def test_halved_lines_keep_their_numbers() -> None:
    text = "\n" + "\n\n".join(["标题", "", "甲", "乙", "", "丙", "丁", "", "戊", "己", "庚"])
    halved, numbers = undoubled(text)
    assert halved == "\n标题\n\n甲\n乙\n\n丙\n丁\n\n戊\n己\n庚"
    assert [text.split("\n")[n - 1] for n in numbers] == halved.split("\n")
