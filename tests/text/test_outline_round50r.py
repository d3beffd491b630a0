"""A heading's title cut at a colon inside a bracketed note ('CCM板卡 (负责人：王庆勇)') runs on to the note's close."""

from __future__ import annotations

import pytest

from support import outline

BODY = "本部分说明这一项工作的具体安排，设计时需要兼顾进度和质量，详细的要求见附录中的表格说明。"


@pytest.mark.parametrize("lines, want", [
    # a note naming who is responsible, half-width brackets, full-width colon
    (["一、硬件设计", BODY, "1. CCM板卡 (负责人：王庆勇)", BODY, "2. 电源板卡 (负责人：李明)", BODY, "二、软件设计", BODY],
     ["硬件设计", "CCM板卡 (负责人：王庆勇)", "电源板卡 (负责人：李明)", "软件设计"]),
    # full-width brackets, half-width colon, decimal numbering
    (["3.1 硬件设计", BODY, "3.1.1 主控板（负责人:王庆勇）", BODY, "3.1.2 电源板（负责人:李明）", BODY, "3.2 软件设计", BODY],
     ["硬件设计", "主控板（负责人:王庆勇）", "电源板（负责人:李明）", "软件设计"]),
])
def test_a_bracketed_note_with_a_colon_stays_in_the_title(lines, want):
    assert [title for _, _, title in outline(["项目计划书", *lines])] == want


@pytest.mark.parametrize("lines, want", [
    # a colon that ends the title: its text after is the item's, not the title's
    (["一、目的：", BODY, "二、适用范围：", BODY], ["目的", "适用范围"]),
    # a bracket closed before the colon: the colon ends the title, its note with it
    (["一、硬件设计", BODY, "1. 主控板 (新版)：", BODY, "2. 电源板 (旧版)：", BODY, "二、软件设计", BODY],
     ["硬件设计", "主控板 (新版)", "电源板 (旧版)", "软件设计"]),
])
def test_a_colon_outside_a_short_bracketed_note_still_ends_the_title(lines, want):
    assert [title for _, _, title in outline(["项目计划书", *lines])] == want
