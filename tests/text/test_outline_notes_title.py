"""A study note's own title kept with its number ('1. Nginx由浅入深', from h16_01's front matter, funkyHS/funky-blog):
the numbering starts again right under it, so the first '1.' numbers no section of the text. The test fails without
the rule (pagetitles.numbered_title, the cleaner's title choice)."""

from __future__ import annotations

import pytest

from support import parse_document

BODY = "Nginx 可以作为静态页面的 web 服务器，同时还支持 CGI 协议的动态语言，比如 perl、php等，但是不支持 java。"
NGINX = ["1. Nginx由浅入深", "", "1. Nginx基本概念", "", "1.1 什么是Nginx", BODY, "", "1.2 Nginx作为web服务器", BODY, "",
         "2. 安装Nginx", "", "2.1 下载", BODY, "", "2.2 安装", BODY]


def _read(lines: list[str]):
    return parse_document("\n".join(lines).encode("utf-8"), "note.txt")


def test_a_first_line_numbered_again_right_under_it_is_the_title():
    doc = _read(NGINX)
    assert doc.title == "1. Nginx由浅入深"
    assert [(h.depth, h.marker, h.title) for h in doc.headings][:3] == [(1, "1.", "Nginx基本概念"),
                                                                         (2, "1.1", "什么是Nginx"),
                                                                         (2, "1.2", "Nginx作为web服务器")]


@pytest.mark.parametrize("second", ["2. 安装Nginx", "1.1 什么是Nginx", "1. Nginx基本概念"])
def test_a_first_line_followed_by_other_numbering_is_a_section(second):
    """'1. …' over '2. …' or '1.1 …' opens the text's numbering; the same line twice is no title over a section."""
    doc = _read(["1. Nginx基本概念", "", second, BODY, "", "2.2 安装", BODY])
    assert doc.title != "1. Nginx基本概念"


@pytest.mark.parametrize("first", ["Ⅳ.“悟”阶段思政大课教学指南", "第4章: 数据抽象 (Data Abstraction)", "五、传输层"])
def test_a_chapters_own_title_over_its_sections_is_the_title(first):
    """d73_02, d46_04: a chapter kept as a file of its own opens with its title, numbered as the book numbers it, over
    sections 4.1, 4.2 … (5.1 …) that count under that number; before, the file had no title and showed its name."""
    number = "5" if first.startswith("五") else "4"
    doc = _read([first, BODY, f"{number}.1 课程说明", BODY, f"{number}.2 课程目标", BODY])
    assert doc.title == first
    assert [h.marker for h in doc.headings] == [f"{number}.1", f"{number}.2"]


def test_a_first_part_over_sections_of_another_number_stays_a_section():
    """Guard: '一、总体要求' over '2.1 …': the sections count under another number, so the line is no chapter's own
    title."""
    doc = _read(["一、总体要求", BODY, "2.1 课程说明", BODY, "2.2 课程目标", BODY])
    assert doc.title != "一、总体要求"
