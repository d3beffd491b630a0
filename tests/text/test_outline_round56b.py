"""Round 56B: an unnumbered line that asserts something ('…是…', '…为…', '…可以…') set apart inside a decimal-numbered
section ('2.2 数据处理') is the section's topic sentence, not a sub-section; a line that names a thing, asks, or sits in
a text that does not number its sections so keeps its place."""

from __future__ import annotations

import pytest

from reader.text.statements import statement_line
from support import parse_document

B1 = "如果组件使用可以改变大小的图像，很快就会发现图像在拉伸之后变得模糊，所以这里建议使用九宫格图片来处理。"
B2 = "一个常见的错误是设计布局时使用绝对像素来定义距离和尺寸，这样在不同密度的屏幕上就会出现各种问题。"


def _outline(text: str) -> list[tuple[int, str, str]]:
    doc = parse_document(text.encode("utf-8"), name="doc.txt")
    return [(h.depth, h.marker, h.title) for h in doc.headings]


def _report(line: str) -> str:
    """A report numbered '1', '1.1' … '2.3' with plain sub-titles in 1.2 and 2.1, `line` set apart in 2.2."""
    return ("1 概述\n\n" + B1 + "\n\n1.1 研究背景\n\n" + B1 + "\n\n1.2 研究现状\n\n传统方法的局限\n\n" + B2
            + "\n\n新方法的提出\n\n" + B1 + "\n\n2 系统设计\n\n" + B2 + "\n\n2.1 总体结构\n\n前端模块\n\n" + B1
            + "\n\n后端模块\n\n" + B2 + "\n\n2.2 数据处理\n\n" + line + "\n\n" + B2 + "\n\n2.3 结果输出\n\n" + B1 + "\n")


@pytest.mark.parametrize("line", [
    "本节内容为适配不同的屏幕尺寸解决办法",
    "采用的布局方式是基于约束的相对布局",
    "特征向量可以直接用于后面的比对",
    "“食旨不甘”这句话中“旨”的意思是美味的食物",
    "开源模型有利于客户的长久体验",
])
def test_statement_in_a_decimal_section_is_no_sub_section(line: str) -> None:
    got = _outline(_report(line))
    assert all(title != line for _, _, title in got)
    assert (3, "", "前端模块") in got and (2, "2.2", "数据处理") in got  # the other titles stay


@pytest.mark.parametrize("line", [
    "适配不同密度屏幕的几种做法",  # names a thing
    "为何选用基于密度的适配方法",  # asks: a question may title a part
    "作为基线的适配方案",  # '作为' is no assertion
])
def test_title_in_a_decimal_section_stays(line: str) -> None:
    assert (3, "", line) in _outline(_report(line))


def _points(line: str) -> str:
    """Notes numbered '1.' … '4.' with plain sub-titles under 1 and 2, `line` set apart in 3."""
    return ("1. 概述\n\n" + B1 + "\n\n传统方法的局限\n\n" + B2 + "\n\n新方法的提出\n\n" + B1 + "\n\n2. 系统设计\n\n前端模块\n\n"
            + B1 + "\n\n后端模块\n\n" + B2 + "\n\n3. 数据处理\n\n" + line + "\n\n" + B2 + "\n\n4. 结果输出\n\n" + B1 + "\n")


@pytest.mark.parametrize(("line", "kept"), [
    ("获取元素时提供的参数是元素的下标", False),  # a '3.' numbers its section as a '3.1' does
    ("元素的获取与下标", True),
    ("以用户为中心的界面与交互设计", True),
])
def test_statement_under_a_dotted_number(line: str, kept: bool) -> None:
    got = _outline(_points(line))
    assert ((2, "", line) in got) is kept
    assert (2, "", "前端模块") in got and (1, "4.", "结果输出") in got


@pytest.mark.parametrize(("text", "asserts"), [
    ("接受http请求的数据为文件在虚拟文件系统中的逻辑路径", True),
    ("任何事物都是内容与形式的统一", True),
    ("之前的课程内容提到二次最优控制器", True),
    ("这句话属于被动句的一种常见形式", True),
    ("数据是关键", False),  # too short: a name may carry a '是'
    ("是否需要重新设计数据库的结构", False),
    ("为什么要使用九宫格图片来适配", False),
    ("因为屏幕密度不同而产生的问题", False),
    ("开发语言与运行环境的选择", False),
    ("以用户为中心的界面与交互设计", False),  # '以…为' frames a name
    ("比较两个对象是不是同一个实例", False),
])
def test_statement_line(text: str, asserts: bool) -> None:
    assert statement_line(text) is asserts
