"""Round 59L: the order that issues a law or a rule is its header. '中华人民共和国主席令' over '第二十四号' (a State
Council's, a ministry's or a province's 令 over its serial, or both on one line) above the sentence that publishes
the law are the order's name and number, never headings: the law's chapters and articles are the outline.

Left alone: a serial with no order's name over it, a line ending in 令 that names no issuing body ('三道禁令'), and
the chapters and articles themselves."""

from __future__ import annotations

import pytest

from support import outline

_P = "为了规范本单位的管理工作，保障各方的合法权益，根据有关法律法规的规定，结合实际情况，制定本条例。"
_Q = "各部门应当按照职责分工，做好相关工作，并对执行情况进行监督检查，发现问题及时纠正。"
_BODY = ["第一章　总则", f"第一条　{_P}", f"第二条　{_Q}", "第二章　附则", f"第三条　{_Q}"]
_LAW = [(1, "第一章", "总则"), (2, "第一条", "第一条"), (2, "第二条", "第二条"), (1, "第二章", "附则"),
        (2, "第三条", "第三条")]


def _issued(order: list[str], name: str) -> list[str]:
    return order + [f"《{name}》已经2020年1月1日会议通过，现予公布，自2020年3月1日起施行。", "总理　李某",
                    "2020年1月10日", name] + _BODY


@pytest.mark.parametrize("order, name", [
    (["中华人民共和国主席令", "第二十四号"], "中华人民共和国某某法"),
    (["中华人民共和国国务院令", "第732号"], "某某管理条例"),
    (["中华人民共和国司法部令", "第145号"], "某某规定"),
    (["某某省人民政府令", "（第88号）"], "某某办法"),
    (["中华人民共和国国务院令第732号"], "某某管理条例"),
])
def test_an_orders_name_and_serial_are_its_header(order, name):
    assert outline(_issued(order, name), name) == _LAW


@pytest.mark.parametrize("lines, kept", [
    (["工作纪律", "三道禁令", _P, "第二十四号", _Q, "落实要求", _Q], "三道禁令"),  # no issuing body's order
])
def test_lines_that_are_no_order_stay(lines, kept):
    assert (1, "", kept) in outline(lines)
