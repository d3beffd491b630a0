"""A table flattened one cell per line keeps its bare figures; a page number standing among prose still goes."""

from __future__ import annotations

import pytest

from support import parse_document

# gov01's indicator table as the State Council page sets it: label, then one figure per line
TABLE = ["3.信息产业收入规模（万亿元）", "16", "10", "17.1", "13", "信息基础设施", "4.网民数量（亿）", "8.5", "13.2",
         "6.88", "8.5", "5.固定互联网宽带接入用户（亿户）", ">2.7", ">15.7"]
PROSE = "各地区、各部门要高度重视信息化发展，加强组织领导，完善工作机制，确保各项任务落到实处，取得实效。"


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
def test_bare_figures_among_table_cells_are_kept(sep):
    doc = parse_document(sep.join(["国家信息化规划", PROSE, *TABLE, PROSE]).encode("utf-8"), "plan.txt")
    words = " ".join(p.text for p in doc.paragraphs).split()
    assert [w for w in words if w in TABLE[1:5] + TABLE[7:11]] == TABLE[1:5] + TABLE[7:11]


def test_a_page_number_between_paragraphs_still_goes():
    text = "\n\n".join(["国家信息化规划", PROSE, "12", PROSE + "（续）", "13", PROSE])
    doc = parse_document(text.encode("utf-8"), "plan.txt")
    assert [p.text for p in doc.paragraphs if p.text.isdigit()] == []
    assert any(r.text == "12" for r in doc.removed)
