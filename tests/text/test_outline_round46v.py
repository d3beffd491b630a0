"""Round 46v: an appendix after the references ('参考文献' over '[1] …', then '附录　核心分析代码', '附录：数据集及方法')
ends the reference list: its numbered parts are the appendix's sections, no entries of the list."""

from __future__ import annotations

import pytest

from support import parse_document


def _outline(*lines: str) -> list[tuple[int, str]]:
    text = "\n\n".join(lines) + "\n"
    return [(h.depth, f"{h.marker}{h.title}".replace(" ", "")) for h in parse_document(text.encode("utf-8")).headings]


_REPORT = ("大学生消费习惯调研报告", "一、调研背景", "近年来大学生的消费方式变化很大，本次调研了三所学校。",
           "二、调研结论", "多数同学每月的生活费在两千元以内，网购占了一半。",
           "参考文献", "[1] 张伟. 大学生消费行为研究[J]. 青年研究, 2020(3): 20-28.")


@pytest.mark.parametrize("appendix", ["附录　核心分析代码", "附录：问卷题目与编码", "附錄：問卷題目與編碼"])
def test_an_appendix_after_the_references_ends_their_list(appendix):
    found = _outline(*_REPORT, appendix, "1. 数据清洗", "删除了填写时间少于一分钟的问卷，共剩余四百份。",
                     "2. 描述统计", "按年级和性别分组计算了平均值与标准差。")
    assert [t for _, t in found][-2:] == ["1.数据清洗", "2.描述统计"]


def test_numbered_entries_right_under_the_references_stay_entries():
    found = _outline(*_REPORT, "1. 李明. 校园消费调查[J]. 教育研究, 2019(2): 5-9.",
                     "2. 王芳. 网购与青年[M]. 上海: 学林出版社, 2018.")
    assert not any(t.startswith(("1.", "2.")) for _, t in found), found
