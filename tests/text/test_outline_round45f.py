"""Decimal sections whose first word reads as a count ('2.2 所得税、社保与公积金', '3.2 "互联网+医疗"的试点'),
which their numbered neighbours show to be sections; and a list run from '1.' under a decimal section, whose items
do not move the outline's count on (its next section is still 1.2, not 3.1); and a report's 一、 count that goes on
past unnumbered titles inside a section ('三、问题汇总' / '必须修复' / '四、'). Texts written for these tests."""

from __future__ import annotations

import pytest

from reader.text.markers import match_heading
from reader.text.numbering import decide
from support import paragraphs, parse_document

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



def _nested(lines: list[str], titles: set[str]) -> list[tuple[str, str | None]]:
    """Each kept candidate's line and its parent's line, with `titles` the document's unnumbered titles."""
    ps = paragraphs(lines)
    found = decide(list(ps), [match_heading(line) for line in lines], set(),
                   {i for i, line in enumerate(lines) if line in titles}, {})
    return [(lines[c.index], lines[found[c.parent].index] if c.parent >= 0 else None) for c in found if c.accepted]


@pytest.mark.parametrize("lines, titles, expected", [
    (["一、报名材料", BODY, "二、验收要求", BODY, "三、问题汇总", BODY, "必须修复", BODY, BODY, "可选优化", BODY, BODY,
      "四、自查结论", BODY], {"必须修复", "可选优化"},  # '四、' goes on from '三、': the titles lie inside 三、
     [("一、报名材料", None), ("二、验收要求", None), ("三、问题汇总", None), ("必须修复", "三、问题汇总"),
      ("可选优化", "三、问题汇总"), ("四、自查结论", None)]),
    (["一、报名材料", BODY, "二、验收要求", BODY, "附件", BODY, "1. 经费明细", BODY, "2. 人员名单", BODY, "三、自查结论", BODY],
     {"附件"},  # what the title holds goes inside with it
     [("一、报名材料", None), ("二、验收要求", None), ("附件", "二、验收要求"), ("1. 经费明细", "附件"), ("2. 人员名单", "附件"),
      ("三、自查结论", None)]),
])
def test_a_section_count_goes_on_past_the_titles_inside_a_section(lines, titles, expected):
    assert _nested(lines, titles) == expected


@pytest.mark.parametrize("lines, titles, expected", [
    (["一、报名材料", BODY, "二、验收要求", BODY, "必须修复", BODY, "四、自查结论", BODY], {"必须修复"},  # 四、 skips 三、
     [("一、报名材料", None), ("二、验收要求", None), ("必须修复", None)]),
    (["一、报名材料", BODY, "二、验收要求", BODY, "附录", BODY, "一、名词解释", BODY], {"附录"},  # a count started again
     [("一、报名材料", None), ("二、验收要求", None), ("附录", None), ("一、名词解释", "附录")]),
])
def test_a_count_skipped_or_started_again_does_not_resume(lines, titles, expected):
    assert _nested(lines, titles) == expected
