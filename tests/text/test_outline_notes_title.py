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
