"""Forms met in study notes that show code (h17_01, a Spring tutorial), each built here from its shape: an
annotation on its own line and an XML header's attributes over their addresses are code, never headings."""

from __future__ import annotations

import pytest

from support import parse_document

from reader.text.notes import code_line

PROSE = "控制反转是一种设计思想，依赖注入是实现控制反转的一种方法，对象的创建交给容器来管理。"
SCHEMA = ['<beans xmlns="http://www.springframework.org/schema/beans"',
          '      xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
          '      xsi:schemaLocation="http://www.springframework.org/schema/beans',
          "       http://www.springframework.org/schema/beans/spring-beans.xsd",
          "       http://www.springframework.org/schema/context",
          '       http://www.springframework.org/schema/context/spring-context.xsd">',
          "</beans>"]


def _titles(lines: list[str]) -> list[str]:
    doc = parse_document("\n\n".join(lines).encode(), "note.txt")
    return [h.title for h in doc.headings]


@pytest.mark.parametrize("line", ['@Value("秦疆")', "@Aspect", "@Override", "@Configuration//代表这是一个配置类",
                                  "@property", "@pytest.mark.slow"])
def test_an_annotation_is_code(line):
    assert code_line(line)


@pytest.mark.parametrize("line", ["@用户名 你好", "@Component三个衍生注解", "使用注解开发"])
def test_a_line_that_names_an_annotation_in_words_is_not_code(line):
    assert not code_line(line)


def test_annotations_between_paragraphs_are_no_headings():
    """'@Value("秦疆")' over a field, between paragraphs of a note: the note's own titles stay, the annotations do not."""
    lines = ["Spring学习笔记", "注解开发", PROSE, '@Value("秦疆")', PROSE, "配置类", PROSE]
    assert _titles(lines) == ["注解开发", "配置类"]


def test_an_xml_headers_attributes_over_their_addresses_are_no_headlines():
    """Three XML files in a note, each opening with 'xsi:schemaLocation="…"' over addresses: no feed of stories."""
    block = "\n".join(SCHEMA)
    lines = ["Spring学习笔记", "IOC基础", PROSE, block, PROSE, "依赖注入", PROSE, block, PROSE, "自动装配", PROSE, block]
    titles = _titles(lines)
    assert not any("xsi" in t or "http" in t for t in titles), titles


SPEECH = "今天，我们在这里隆重集会，热烈庆祝建校一百周年。首先，请允许我代表学校，向各位来宾表示衷心的感谢！"


@pytest.mark.parametrize("first, title", [
    ("南开大学->爱国奋斗百年辉煌  公能日新再踏征程 ——曹雪涛校长在南开大学建校100周年纪念大会上的讲话 | nankai.info",
     "爱国奋斗百年辉煌  公能日新再踏征程 ——曹雪涛校长在南开大学建校100周年纪念大会上的讲话"),
    ("关于举办2024年度自治区艺术、图书资料、文物博物、群众文化系列（专业）专业技术人员继续教育培训班的通知 - 乌鲁木齐市人民政府",
     "关于举办2024年度自治区艺术、图书资料、文物博物、群众文化系列（专业）专业技术人员继续教育培训班的通知"),
])
def test_a_saved_pages_title_line_is_the_title_without_the_site(first, title):
    """A long <title> line atop a saved page ('学校->标题 | 网站'): the library shows the article's title, not the file's name."""
    doc = parse_document("\n\n".join([first, "（2019年10月17日）", SPEECH, SPEECH]).encode(), "page.txt")
    assert doc.title == title
    assert all(p.text != first for p in doc.paragraphs)


def test_a_sentence_with_a_site_after_it_is_no_title():
    """'…表示衷心的感谢！ - 人民网' is the body's first paragraph, cut from a page: no title however short the rest."""
    doc = parse_document("\n\n".join([SPEECH + " - 人民网", SPEECH]).encode(), "page.txt")
    assert doc.title != SPEECH


@pytest.mark.parametrize("first", ["The Design of a Practical System for Fault-Tolerant Virtual Machines",
                                   "Faster R-CNN: Towards Real-Time Object Detection with Region Proposal Networks"])
def test_an_english_title_of_a_dozen_words_is_a_title(first):
    """A translated paper opens with its English title: seventy letters are as wide as thirty-five Chinese characters."""
    body = "本文介绍了一种实用的容错虚拟机系统的设计，它通过在另一台服务器上的备份虚拟机复制主虚拟机的执行。"
    doc = parse_document("\n\n".join([first, "Daniel J. Scales, Mike Nelson, and Ganesh Venkitachalam", "摘要", body]).encode(),
                         "paper.txt")
    assert doc.title == first


def test_a_long_english_sentence_is_still_body():
    line = ("In this paper we describe the design and implementation of a commercial enterprise-grade system for providing "
            "fault-tolerant virtual machines, based on the approach of replicating the execution of a primary virtual "
            "machine via a backup virtual machine on another server.")
    doc = parse_document("\n\n".join([line, line]).encode(), "paper.txt")
    assert doc.title != line
