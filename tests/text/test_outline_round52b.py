"""Round 52B (genre 'other', precision): lines a text numbers in a way its sections are not, built here from short
texts of their shape."""

from __future__ import annotations

import pytest

from support import parse_document

BODY = "本节说明系统的设计思路与实现方法，并给出主要模块之间的关系，以便后续开发与维护。"


def _headings(lines: list[str]) -> list[tuple[str, str]]:
    doc = parse_document("\n\n".join(lines).encode(), "thesis.txt")
    return [(h.marker, h.title) for h in doc.headings]


SECTIONS = ["系统设计说明", BODY, "4.1 系统总体设计", BODY, "{fig}", "4.2 功能模块设计", BODY, "4.2.1 数据采集模块", BODY,
            "4.2.2 告警模块", BODY]


@pytest.mark.parametrize("fig", ["4-1 系统整体设计", "4－1 系统整体结构", "4-2 模块关系"])
def test_a_hyphened_number_in_a_text_of_dotted_sections_names_a_figure(fig):
    """'4-1 系统整体设计' between '4.1' and '4.2': the picture's number, the sections are numbered with a dot."""
    lines = [line.format(fig=fig) for line in SECTIONS]
    assert [m for m, _ in _headings(lines)] == ["4.1", "4.2", "4.2.1", "4.2.2"]


def test_screens_numbered_with_a_hyphen_under_dotted_sections_are_captions():
    """'1-1 首页', '1-2 征信报告' listed under '3.1.1 用户界面': the screens' names, no sections."""
    lines = ["3.1 对外接口需求", BODY, "3.1.1 用户界面", BODY, "1-1 首页", "1-2 征信报告", "1-3 历史记录",
             "3.1.2 通信接口", BODY, "3.2 功能需求", BODY]
    assert [m for m, _ in _headings(lines)] == ["3.1", "3.1.1", "3.1.2", "3.2"]


@pytest.mark.parametrize("lines", [
    ["5-1：顺序存储", BODY, "5-2：链式存储", BODY, "6-1：插入节点", BODY, "6-2：查找节点", BODY],  # only hyphens
    ["1.1 背景", BODY, "1-1 目标", BODY, "1-2 范围", BODY, "1-3 术语", BODY, "2.1 设计", BODY],  # hyphens outnumber
])
def test_hyphened_sections_stay_where_the_text_numbers_its_sections_so(lines):
    """A text numbered '5-1：', '5-2：' (or more often so than with a dot) keeps them as its sections."""
    found = {m.rstrip("：") for m, _ in _headings(lines)}
    assert {line.split(" ")[0].split("：")[0] for line in lines if "-" in line[:3]} <= found

