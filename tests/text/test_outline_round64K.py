"""Round 64K: issue 9's classes checked again on documents nobody here had seen. A procedure document (程序文件) in
the ISO style numbers its sections '1.0目的' / '2.0范围' / '4.0程序' over '4.1 …' and '4.1.1 …': the '.0' marks the
top level, so 1.0, 2.0 … are the sections (depth 1) and 4.1 sits under 4.0, not under nothing."""

from __future__ import annotations

import pytest

from reader.text.decode import decode_bytes
from reader.text.document import build_document


def _outline(*lines: str) -> list[tuple[str, str, int]]:
    doc = build_document(decode_bytes(("\n".join(lines) + "\n").encode("utf-8"), name="n.txt"))
    return [(h.marker, h.title, h.depth) for h in doc.headings]


_PROCEDURE = (
    "物资采购管理程序",
    "",
    "{1}目的:",
    "　　规范物资采购流程，保证采购物资的质量，控制采购成本。",
    "{2}范围",
    "　　适用于公司所有生产物资和办公用品的采购工作。",
    "{3}职责",
    "　　3.1采购部负责供应商的开发、评价和采购合同的签订；",
    "　　3.2财务部负责采购资金的审核与支付。",
    "{4}程序",
    "　　4.1采购计划",
    "　　4.1.1各部门每月25日前提交下月物资需求计划，由采购部汇总后编制采购计划；",
    "　　4.1.2采购计划经总经理批准后实施。",
    "　　4.2供应商管理",
    "　　4.2.1采购部每年对合格供应商进行一次评价，不合格者取消其资格；",
    "　　4.2.2新供应商须经试用合格后方可列入名录。",
    "{5}相关记录",
    "　　5.1《采购计划表》",
    "　　5.2《合格供应商名录》",
)


def _doc(form: str) -> tuple[str, ...]:
    return tuple(line.replace("{", "").replace("}", "") if "{" not in line else
                 form.format(int(line[1])) + line[3:] for line in _PROCEDURE)


DOT_ZERO = [  # the section marks as written: '1.0目的', '1.0 目的', full-width '1．0目的'
    ("{0}.0", "1.0", "4.0"),
    ("{0}.0 ", "1.0", "4.0"),
    ("{0}．0", "1．0", "4．0"),
]


@pytest.mark.parametrize("form,first,fourth", DOT_ZERO)
def test_dot_zero_sections_are_the_top_level(form: str, first: str, fourth: str) -> None:
    got = _outline(*_doc(form))
    assert (first, "目的", 1) in got
    assert (fourth, "程序", 1) in got
    assert ("4.1", "采购计划", 2) in got and ("4.2", "供应商管理", 2) in got
    assert [m for m, _, d in got if d == 1] == [form.format(n).strip() for n in range(1, 6)]


DOT_ZERO_LEFT = [  # a '.0' that is a version or a quantity, not a section: no heading
    ("这次发布的是2.0版本，欢迎大家下载试用。", "2.0版本带来了全新的界面和更快的速度，", "3.0版本将在明年推出。"),
    ("各组得分如下：", "1.0分的同学请到办公室来。", "2.0分以下的作业需要重做。"),
    ("1.0", "2.0", "3.0"),
]


@pytest.mark.parametrize("lines", DOT_ZERO_LEFT)
def test_dot_zero_left_alone(lines: tuple[str, ...]) -> None:
    assert not [h for h in _outline("说明", "", *lines) if h[0].endswith("0")]
