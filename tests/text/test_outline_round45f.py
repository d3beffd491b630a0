"""Decimal sections whose first word reads as a count ('2.2 所得税、社保与公积金', '3.2 "互联网+医疗"的试点'),
which their numbered neighbours show to be sections; and a list run from '1.' under a decimal section, whose items
do not move the outline's count on (its next section is still 1.2, not 3.1). Texts written for these tests."""

from __future__ import annotations

import pytest

from support import parse_document

BODY = "本部分说明有关工作的具体安排，各单位应当结合实际认真执行，并及时报告执行中遇到的问题。"


def _headings(blocks: list[str]) -> list[str]:
    doc = parse_document("\n\n".join(["部门工作手册", BODY, *blocks]).encode(), "manual.txt")
    return [f"{h.marker} {h.title}".strip() for h in doc.headings]


def _sections(middle: str) -> list[str]:
    return ["2.1 预算编制", BODY, middle, BODY, "2.3 费用报销", BODY, "2.4 资产管理", BODY]


@pytest.mark.parametrize("middle, kept", [
    ("2.2 所得税、社保与公积金", True),  # words joined by '、' after a counting first character
    ("2.2 台站建设、运维与监测", True),
    ('2.2 "互联网+政务"的试点', True),  # a straight quote opens the title
    ("2.2 家属、子女均可随同前往。", False),  # a sentence: it ends in '。'
    ("2.2 万人次、3.5 万人次", False),  # amounts: a unit right after the number
    ("2.2 个、3 个", False),  # a '、' after a lone counter joins no words
])
def test_a_counted_decimal_title_with_its_neighbours(middle, kept):
    found = _headings(_sections(middle))
    assert (middle in found) is kept
    assert ["2.1 预算编制", "2.3 费用报销", "2.4 资产管理"] == [h for h in found if h != middle]


LISTED = ["1. 平台概述", BODY, "1.1 基本概念", BODY, "1. 数据层", BODY, "2. 服务层", BODY, "3. 应用层", BODY,
          "1.2 类的划分", BODY, "2. 部署方案", BODY, "2.1 环境准备", BODY, "2.2 上线流程", BODY]


def test_a_list_under_a_decimal_section_leaves_its_next_section_counted():
    """'3. 应用层' is the third item of the list under 1.1, not section 3: '1.2 类的划分' follows 1.1 (the section
    after it, 2.1, shows nothing of it)."""
    assert "1.2 类的划分" in _headings(LISTED)


def test_the_part_after_such_a_list_still_counts():
    """'2. 部署方案' after the list and 1.2 is the second part, which its '2.1' goes on from."""
    assert _headings(LISTED) == ["1. 平台概述", "1.1 基本概念", "1. 数据层", "2. 服务层", "3. 应用层", "1.2 类的划分",
                                 "2. 部署方案", "2.1 环境准备", "2.2 上线流程"]


def test_without_a_list_a_number_after_the_section_still_moves_the_count():
    """No '1.' under 1.1 opens a list: '2. 部署方案' straight after 1.1 is the next part, and '2.1 类的划分' its first."""
    blocks = ["1. 平台概述", BODY, "1.1 基本概念", BODY, "2. 部署方案", BODY, "2.1 类的划分", BODY, "2.2 上线流程", BODY]
    assert "2.1 类的划分" in _headings(blocks)
