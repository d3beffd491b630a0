"""One plain line over a document's whole top-level count ('工作要点' over 一、…三、, a stray label over 第一章…):
the count keeps its own level, the line stands beside it; where a title really holds a count (a compilation's law
names over the chapters each restarts, two parts sharing the count, a meeting's topics over its '1.' items) it
stays the parent."""

from __future__ import annotations

import pytest

from support import blocks_outline

BODY = "各地区各部门要结合实际抓好贯彻落实，及时研究解决工作中遇到的新情况新问题，重要情况及时报告。"
BODY2 = "全年地区生产总值比上年增长百分之六，增速位居全省前列，经济运行总体平稳、稳中有进。"


def _squeezed(headings: list[tuple[int, str]]) -> list[tuple[int, str]]:
    return [(depth, "".join(text.split())) for depth, text in headings]


def _depths(blocks: list[str], expected: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The depth of each heading found that the case names, marker and title written without spaces."""
    named = {text for _, text in _squeezed(expected)}
    found = _squeezed([(h.depth, h.marker + h.title) for h in blocks_outline(blocks)])
    return [(depth, text) for depth, text in found if text in named]


LIFTED = {
    "a contents name and a stray title over 一、 to 三、": (
        ["关于做好年度工作的通知", BODY, "目录", BODY2, "工作要点", "一、总体要求", BODY, "二、主要任务", BODY, "（一）加强统筹", BODY2,
         "（二）压实责任", BODY2, "三、保障措施", BODY],
        [(1, "一、总体要求"), (1, "二、主要任务"), (2, "（一）加强统筹"), (2, "（二）压实责任"),
         (1, "三、保障措施")],
    ),
    "a label and a stray title before 第一章 and its 节": (
        ["生态环境保护规划", BODY, "目录", BODY2, "工作要点", "第一章 形势", BODY, "第一节 进展", BODY2, "第二节 挑战",
         BODY2, "第二章 目标", BODY, "第一节 指导思想", BODY2, "第三章 任务", BODY],
        [(1, "第一章 形势"), (2, "第一节 进展"), (2, "第二节 挑战"), (1, "第二章 目标"),
         (2, "第一节 指导思想"), (1, "第三章 任务")],
    ),
}

KEPT = {
    "a compilation's law names over the chapters each restarts": (
        ["法规汇编", BODY, "甲市物业管理条例", "第一章 总则", BODY, "第二章 业主", BODY, "乙市物业管理办法",
         "第一章 总则", BODY, "第二章 服务", BODY],
        [(1, "甲市物业管理条例"), (2, "第一章 总则"), (2, "第二章 业主"), (1, "乙市物业管理办法"), (2, "第一章 总则"),
         (2, "第二章 服务")],
    ),
    "two parts, each over the chapters it starts again": (
        ["读书笔记", BODY, "理论篇", "第一章 缘起", BODY, "第二章 经过", BODY, "实践篇", "第一章 结果", BODY,
         "第二章 反思", BODY],
        [(1, "理论篇"), (2, "第一章 缘起"), (2, "第二章 经过"), (1, "实践篇"), (2, "第一章 结果"), (2, "第二章 反思")],
    ),
    "an appeal's request beside its reasons, the reasons over 一、 to 三、": (
        ["民事上诉状", BODY, "上诉请求", BODY2, "上诉事实和理由", "一、一审认定事实错误", BODY, "二、一审适用法律错误", BODY,
         "三、一审程序违法", BODY],
        [(1, "上诉请求"), (1, "上诉事实和理由"), (2, "一、一审认定事实错误"), (2, "二、一审适用法律错误"),
         (2, "三、一审程序违法")],
    ),
    "a meeting's topics over its numbered items": (
        ["项目组第三次会议纪要", BODY, "会议议题", "1. 进度汇报", BODY, "2. 问题讨论", BODY, "3. 下周安排", BODY],
        [(1, "会议议题"), (2, "1.进度汇报"), (2, "2.问题讨论"), (2, "3.下周安排")],
    ),
}


@pytest.mark.parametrize("blocks, expected", LIFTED.values(), ids=LIFTED.keys())
def test_one_plain_title_leaves_the_count_its_level(blocks, expected):
    assert _depths(blocks, expected) == _squeezed(expected)


@pytest.mark.parametrize("blocks, expected", KEPT.values(), ids=KEPT.keys())
def test_a_title_that_holds_the_count_stays_its_parent(blocks, expected):
    assert _depths(blocks, expected) == _squeezed(expected)
