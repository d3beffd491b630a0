"""Round 74C: depth in decimal-numbered documents, each case a shape written here (issue 9)."""

from __future__ import annotations

import pytest

from support import parse_document

PROSE = "本节说明这一部分的内容与要求，并给出后续各条的安排，供开发者阅读。"


def _markdown(heads: list[str]) -> list[tuple[int, str]]:
    """The outline of a Markdown file with these heading lines, a paragraph under each."""
    text = "# 接口规范\n\n" + "".join(f"{h}\n\n{PROSE}\n\n" for h in heads)
    return [(h.depth, f"{h.marker}{h.title}".replace(" ", "")) for h in parse_document(text.encode(), "spec.md").headings]


MARKED_ALIKE = {
    "subsections marked as their section go under it": (
        ["## 6 数据包结构", "#### 6.1 数据说明", "#### 6.1.1 数据类型", "#### 6.1.2 传输规则", "#### 6.2 数据包",
         "## 7 数据单元", "#### 7.1 车辆登入", "#### 7.2 实时信息", "#### 7.2.1 格式"],
        [(1, "6数据包结构"), (2, "6.1数据说明"), (3, "6.1.1数据类型"), (3, "6.1.2传输规则"), (2, "6.2数据包"),
         (1, "7数据单元"), (2, "7.1车辆登入"), (2, "7.2实时信息"), (3, "7.2.1格式")]),
    "a chain of three numbers marked alike takes three levels": (
        ["## 1 总则", "### 1.1 范围", "### 1.1.1 适用对象", "### 1.1.1.1 终端", "### 1.2 术语"],
        [(1, "1总则"), (2, "1.1范围"), (3, "1.1.1适用对象"), (4, "1.1.1.1终端"), (2, "1.2术语")]),
    "subsections marked above their section go under it": (
        ["## 2 设计", "### 2.1 架构", "## 2.1.1 模块", "## 2.1.2 存储", "### 2.2 接口"],
        [(1, "2设计"), (2, "2.1架构"), (3, "2.1.1模块"), (3, "2.1.2存储"), (2, "2.2接口")]),
}

MARKS_KEPT = {
    "subsections the file marks below their sections stay": (
        ["## 6 数据包结构", "### 6.1 数据说明", "#### 6.1.1 数据类型", "### 6.2 数据包", "#### 6.2.1 命令"],
        [(1, "6数据包结构"), (2, "6.1数据说明"), (3, "6.1.1数据类型"), (2, "6.2数据包"), (3, "6.2.1命令")]),
    "a restarted count under a decimal section names no section": (
        ["## 12.1 现状", "### 限制清单", "## 12.2 问题", "### 1. 真实负评", "### 2. 因果", "### 3. 长尾",
         "## 12.3 工作"],
        [(1, "12.1现状"), (2, "限制清单"), (1, "12.2问题"), (2, "1.真实负评"), (2, "2.因果"), (2, "3.长尾"),
         (1, "12.3工作")]),
    "one subsection set beside its section is the author's choice": (
        ["## 1 背景", "## 1.1 范围", "## 2 方法", "## 3 结论"],
        [(1, "1背景"), (1, "1.1范围"), (1, "2方法"), (1, "3结论")]),
    "numbers that name no heading above them stay at their mark": (
        ["## 3.1 背景", "## 3.2 目标", "## 4.1 方法"],
        [(1, "3.1背景"), (1, "3.2目标"), (1, "4.1方法")]),
}


@pytest.mark.parametrize("heads,expected", list(MARKED_ALIKE.values()), ids=list(MARKED_ALIKE))
def test_a_decimal_number_goes_under_the_section_it_names(heads: list[str], expected: list[tuple[int, str]]) -> None:
    assert _markdown(heads) == expected


@pytest.mark.parametrize("heads,expected", list(MARKS_KEPT.values()), ids=list(MARKS_KEPT))
def test_marks_that_agree_with_the_numbers_stay(heads: list[str], expected: list[tuple[int, str]]) -> None:
    assert _markdown(heads) == expected
