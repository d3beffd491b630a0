"""Round 38: a Jekyll page's kramdown marks ('{: .caption }', '{:toc}', '{: #id}', '{#id}'), left in a text or
Markdown file: mark-up the reader never shows, and what they say of the line they mark."""

from __future__ import annotations

import pytest

from reader.text.mdlines import block_attributes
from support import heading_texts, parse_document

_BODY = "计算机是一种能够按照程序自动进行运算的电子设备，它的出现极大地改变了人类处理信息的方式，也改变了我们的生活。"


def _page(*parts: str) -> str:
    return "初识 Linux\n\n" + "\n\n".join(parts) + "\n"


@pytest.mark.parametrize("line, body", [
    ("{: .caption }", ".caption"),
    ("{:toc}", "toc"),
    ("{:.no_toc}", ".no_toc"),
    ("{: #kickoffs}", "#kickoffs"),
    ('{: #fig-long title="QUIC 长包头"}', '#fig-long title="QUIC 长包头"'),
    ("  {: .caption }  ", ".caption"),
    ("{: 这不是属性，而是一句话。}", None),
    ("{1, 2, 3}", None),
    ("{:", None),
    ("集合 {: .caption }", None),
])
def test_an_attribute_list_alone_on_its_line_is_known(line, body):
    assert block_attributes(line) == body


@pytest.mark.parametrize("name", ["page.txt", "page.md"])
def test_attribute_lists_are_never_shown(name):
    """'{: .caption }' under a picture's caption and '{:toc}' under a contents bullet are mark-up: a Markdown file
    glued them to the line above ('Debian 图标{: .caption }'), a text file kept them as lines."""
    text = _page("操作系统", _BODY, "Debian 图标\n{: .caption }", _BODY.replace("计算机", "发行版"), "* 目录\n{:toc}")
    doc = parse_document(text.encode("utf-8"), name)
    texts = [p.text.lstrip("* ") for p in doc.paragraphs]
    assert not [t for t in texts if "{:" in t]
    assert "Debian 图标" in texts and "目录" in texts


def test_a_caption_the_source_marks_is_no_title():
    """d42_05: every picture's caption under '{: .caption }' ('Debian 图标', 'Ubuntu 图标') stood in the outline
    between the lecture's sections."""
    text = _page("计算机与操作系统", _BODY, "Debian 图标\n{: .caption }", _BODY.replace("计算机", "发行版"),
                 "Ubuntu 图标\n{: .caption }", _BODY.replace("计算机", "桌面系统"), "加入我们", _BODY)
    doc = parse_document(text.encode("utf-8"), "page.txt")
    headings = heading_texts(doc)
    assert "计算机与操作系统" in headings and "加入我们" in headings
    assert "Debian图标" not in headings and "Ubuntu图标" not in headings
    assert "{" not in doc.text  # the mark gone, its word kept: without it the captions read as titles


@pytest.mark.parametrize("marked", ["中科大开源社群：LUG@USTC {#lug-ustc}", "中科大开源社群：LUG@USTC\n{: #lug-ustc}"])
def test_an_anchored_line_is_a_heading_whatever_its_shape(marked):
    """A colon in the middle made '中科大开源社群：LUG@USTC' read as a label; the anchor its source gave it says it was
    a heading, whose '#' the conversion to text lost. The anchor is no word of its title."""
    text = _page("计算机与操作系统 {#computer-and-os}", _BODY, marked, _BODY.replace("计算机", "社团"),
                 "了解与加入 LUG {#join-lug}", _BODY.replace("计算机", "社群"))
    doc = parse_document(text.encode("utf-8"), "page.txt")
    assert heading_texts(doc) == ["计算机与操作系统", "中科大开源社群：LUG@USTC", "了解与加入LUG"]
    assert "{" not in doc.text


def test_an_attribute_list_after_a_blank_line_marks_nothing_above_it():
    """kramdown applies a block's attributes only right under it: across a blank line, '{: .caption }' is no mark of
    the title above."""
    text = _page("计算机与操作系统", _BODY, "发行版的选择", "{: .caption }", _BODY.replace("计算机", "发行版"),
                 "加入我们", _BODY)
    headings = heading_texts(parse_document(text.encode("utf-8"), "page.txt"))
    assert "发行版的选择" in headings
