"""Round 47o: a team's meeting record that follows the English template ('Information', 'Agenda', 'Minute',
'Action points') keeps those parts when its blank lines are gone (a copy-paste or a converter's, every line right
under the last): where at most one of them stands between blank lines, blank lines say nothing and the template's own
words tell its parts (rule: `recordforms.english_parts`); a record that sets its parts apart keeps only those, and a
record with fewer than three such lines, or not a meeting's, has none."""

from __future__ import annotations

import pytest

from reader.text.outline import parse_outline
from support import spaced_paragraphs

RECORD = ["第12次小组会议记录", "Information", "时间：2021年3月4日 19:00", "地点：图书馆三楼讨论室",
          "Agenda", "1. 回顾上周各自负责的任务是否完成", "2. 讨论原型界面的修改意见",
          "Minute", "大家逐一汇报了上周的进度，界面组已经完成了登录页面，后端组还在调试数据库连接的问题。",
          "原型界面的配色需要再统一一次，下周前由设计组给出两套方案供大家投票选择。",
          "Action points", "- 设计组给出两套配色方案", "- 后端组周五前解决数据库连接问题",
          "Comments", "本次会议按时结束，下次会议由另一位同学担任主持。"]


def _titles(lines: list[str], title: str = "第12次小组会议记录") -> list[str]:
    return [h.title for h in parse_outline(spaced_paragraphs(lines), title)]


CASES = {
    "every line under the last: the template's parts": (
        RECORD, ["Information", "Agenda", "Minute", "Action points", "Comments"]),
    "every line under the last, one blank line left between two paragraphs": (
        RECORD[:9] + [""] + RECORD[9:], ["Information", "Agenda", "Minute", "Action points", "Comments"]),
}

SPACED = [x for line in RECORD for x in (line, "")]

GUARDS = {  # the template's words found no part
    "only two of the template's words: no outline of them": (
        ["第12次小组会议记录", "Agenda", "1. 回顾上周各自负责的任务是否完成", RECORD[8], RECORD[9],
         "Comments", RECORD[-1]], ["Agenda", "Comments"]),
    "two parts set apart by blank lines, the rest in its lines: blank lines are the record's, none is a part": (
        RECORD[:4] + ["", "Agenda", ""] + RECORD[5:7] + ["", "Minute", ""] + RECORD[8:],
        ["Information", "Agenda", "Minute", "Action points", "Comments"]),
}


@pytest.mark.parametrize("lines,want", CASES.values(), ids=CASES.keys())
def test_parts_without_blank_lines(lines, want):
    assert _titles(lines) == want


@pytest.mark.parametrize("lines,want", GUARDS.values(), ids=GUARDS.keys())
def test_guards(lines, want):
    assert not set(want) & set(_titles(lines))


def test_blank_lines_around_the_parts():
    assert _titles(SPACED) == ["Information", "Agenda", "Minute", "Action points", "Comments"]


def test_not_a_meeting():
    assert "Agenda" not in _titles(RECORD, "产品设计说明")
