"""News, speeches, essays and minutes (round 52d): an English name titling its section over a picture, on texts of
my own."""

from __future__ import annotations

import pytest

from support import parse_document

BODY = ("这款发行版由社区维护，提供长期支持版本，适合在生产环境的服务器上部署，升级路径也比较平滑，文档齐全，"
        "遇到问题时在论坛里通常能很快找到答案。")
INTRO = "服务器操作系统的选择有很多，下面按来源分别介绍几种常见的发行版，供大家在迁移时参考，各有长短。"


def _titles(text: str) -> list[str]:
    return [h.title for h in parse_document(text.encode(), "article.txt").headings]


def _article(*names: str, picture: str = "![][1]") -> str:
    parts = [INTRO]
    for n, name in enumerate(names):
        parts += [name] + ([picture.replace("1", str(n + 1))] if picture else []) + [BODY, BODY]
    return "\n\n".join(parts) + "\n"


@pytest.mark.parametrize("names, picture, want", [
    (("Rocky Linux", "Debian Linux", "openSUSE"), "![][1]", ["Rocky Linux", "Debian Linux", "openSUSE"]),
    (("Ubuntu", "Fedora"), "![](img/1.png)", ["Ubuntu", "Fedora"]),  # an image with its address
    (("Ubuntu", "Fedora"), "", ["Ubuntu", "Fedora"]),  # no picture: as before
])
def test_an_english_name_over_its_picture_titles_the_section(names, picture, want):
    assert _titles(_article(*names, picture=picture)) == want


@pytest.mark.parametrize("names, picture", [
    (("pip install ujson", "npm install vue"), "![][1]"),  # commands, not names
    (("Ubuntu", "Fedora"), "![][1]\n\nsudo apt update"),  # over a picture and code, no Chinese text
])
def test_lines_over_a_picture_that_are_no_titles(names, picture):
    assert _titles(_article(*names, picture=picture)) == []


TALK = ("今天很荣幸来到这里，和各位毕业生一起度过这个特别的日子，我想借这个机会讲三个故事，都是关于我自己的经历，"
        "希望对大家将来的路有一点点帮助。")
CLOSE = "感谢各位的聆听，祝大家前程似锦，毕业快乐！"


def _talk(*lines: str) -> list[str]:
    return [h.title for h in parse_document("\n\n".join(lines).encode() + b"\n", "talk.txt").headings]


@pytest.mark.parametrize("lines, want", [
    (("乔布斯斯坦福演讲", "以下是演讲全文，中英对照。" + TALK, "文字稿", TALK, TALK, CLOSE), ["文字稿"]),
    (("毕业致辞", TALK, TALK, CLOSE, "视频：", "https://example.com/v/123"), ["视频"]),
    (("毕业致辞", TALK, TALK, CLOSE, "视频链接", "https://example.com/v/123"), ["视频链接"]),
])
def test_a_talk_pages_parts_are_named(lines, want):
    assert [t.rstrip("：:") for t in _talk(*lines)] == want


@pytest.mark.parametrize("lines", [
    ("某某协会官网", "首页", "新闻", "图片", "视频", "联系我们", TALK, TALK, CLOSE),  # the site's menu, over the text
    ("毕业致辞", TALK, "新闻", "图片", "视频", "专题", TALK, CLOSE),  # a menu among the text: short words both sides
    ("毕业致辞", TALK, TALK, "我们一起看了那段视频", CLOSE),  # the word in a sentence
])
def test_a_menus_or_a_sentences_video_is_no_part(lines):
    assert _talk(*lines) == []
