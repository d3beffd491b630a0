"""Round 46g: a record kept session by session often opens straight with its first session's date line
('2024年3月4日，三号楼会议室'), over the same fields as every later date; that line is the first session's heading,
not the record's title. A record that opens with a name of its own, or whose dated lines are no sessions in order,
keeps its first line as its title."""

from __future__ import annotations

import pytest

from support import parse_document


def _session(date: str) -> list[str]:
    return [date, "讨论主题：", "    本周的读书进度和下周的安排", "遗留问题：", "    暂无", "分配任务：",
            "    每人读完第四章并写一页笔记，周五之前发到群里。", "", ""]


def _doc(first: list[str], dates: list[str]) -> bytes:
    lines = first + [line for d in dates for line in _session(d)]
    return "\n".join(lines).encode("utf-8")


def _headings(data: bytes) -> list[tuple[int, str]]:
    doc = parse_document(data, "notes.txt")
    return [(h.depth, h.title) for h in doc.headings]


@pytest.mark.parametrize("dates", [
    ["2024年3月4日，三号楼会议室", "2024年3月11日，线上会议", "2024年3月18日，三号楼会议室"],
    ["2023/12/20 年终评审", "2023/11/8", "2023/10/11 季度计划"],  # newest first
    ["2022.5.6 读书会", "2022.5.13 读书会", "2022.5.20 读书会", "2022.5.27 读书会"],
])
def test_a_record_opening_with_its_first_session_date_heads_that_session(dates):
    found = _headings(_doc([], dates))
    assert [t for d, t in found if d == 1] == dates


@pytest.mark.parametrize("first, dates, title", [
    (["读书小组会议记录", ""], ["2024年3月4日，三号楼会议室", "2024年3月11日，线上会议", "2024年3月18日，线上会议"],
     "读书小组会议记录"),  # a name of its own over the sessions
    (["2024年3月4日，三号楼会议室", ""], ["2023年3月11日，线上会议", "2025年3月18日，线上会议"],
     "2024年3月4日，三号楼会议室"),  # dates out of order: no sessions
])
def test_a_record_with_a_title_of_its_own_keeps_it(first, dates, title):
    doc = parse_document(_doc(first, dates), "notes.txt")
    assert doc.title == title
