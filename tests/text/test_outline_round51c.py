"""Round 51C (issue #9, recall and depth in 'other' documents): a line right over its own first subsection ('5 如何实现
服务化' over '5.1 服务化接口定义') is the section that subsection's number names, even where its family's count
seemed broken."""

from __future__ import annotations

import pytest

from reader.text.namedparents import _section_number
from support import outline

BODY = "本节介绍这一部分的具体做法，包括所需的配置、调用的方式以及需要注意的地方，供开发人员参考。"
MORE = "从实际使用来看，这种做法在多数项目里都运行稳定，遇到问题时可以先查看日志再联系维护者。"


def _guide(five: str, six: str) -> list[str]:
    """A tutorial whose questions run '1.'…'4.', then lose the point after their number: '5 …' over '5.1 …'."""
    return ["框架使用指南", "1.什么是这个框架?", BODY, "2.如何引入框架?", BODY, "3.如何添加一个数据访问对象?", BODY,
            "4.如何使用缓存?", BODY, "4.1 使用方法", BODY, "4.2 删除和设置缓存", MORE,
            five, "5.1 服务化接口定义", BODY, "5.2 服务化接口实现", MORE,
            six, "6.1 发送消息到队列", BODY, "6.2 消费队列中的消息", MORE]


@pytest.mark.parametrize("five, six", [
    ("5 如何实现服务化", "6 消息队列的使用"),  # the point lost: a bare number
    ("5、如何实现服务化", "6、消息队列的使用"),  # another mark after the number
    ("5 如何实现服务化？", "6 怎样使用消息队列？"),  # a question titles a section too
])
def test_a_line_over_its_own_first_subsection_is_that_section(five, six):
    found = outline(_guide(five, six))
    rows = [(d, (m + t).replace(" ", "")) for d, m, t in found]
    at = rows.index((1, five.replace(" ", "")))
    assert rows[at:at + 3] == [(1, five.replace(" ", "")), (2, "5.1服务化接口定义"), (2, "5.2服务化接口实现")]
    assert rows[at + 3:at + 6] == [(1, six.replace(" ", "")), (2, "6.1发送消息到队列"), (2, "6.2消费队列中的消息")]


@pytest.mark.parametrize("five", [
    "5 另外还有一种做法，",  # a sentence going on, not a title
    "5 端口：",  # a label
    "7 如何实现服务化",  # a number other than the one its subsection names
])
def test_lines_that_are_not_the_named_section_stay_out(five):
    found = outline(_guide(five, "6 消息队列的使用"))
    assert all(five.replace(" ", "") != (m + t).replace(" ", "") for _, m, t in found)


def test_a_number_atop_an_excerpt_stays_its_title():
    """'5. 业务场景以及设计' over '5.1 业务场景' as the text's first line: the chapter an excerpt was cut from."""
    lines = ["5. 业务场景以及设计", "5.1 业务场景", BODY, "5.2 系统设计", MORE, "5.3 数据设计", BODY]
    assert [(d, m.strip()) for d, m, _ in outline(lines)] == [(1, "5.1"), (1, "5.2"), (1, "5.3")]


@pytest.mark.parametrize("text, want", [
    ("3、案例分析——甲基金会", 3),
    ("14 如何实现服务化", 14),
    ("2\\. 主要内容与发现", 2),  # Markdown's escaped point
    ("2 设计方案 12", 0),  # a contents entry with its page
    ("5 本节说明如下，", 0),
    ("2024 年度总结", 0),  # a year, not a section's number
    ("3.1 简介", 0),  # a subsection's own number
    ("", 0),
])
def test_section_number(text, want):
    assert _section_number(text) == want
