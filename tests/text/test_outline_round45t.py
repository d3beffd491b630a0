"""A page's link back to its list ('返回列表页'), as reposting sites print it over every article: navigation like
'返回列表', never a part of the text, and its parts keep their own depth (debris._NAVIGATION)."""

from __future__ import annotations

import pytest

from reader.text.debris import line_reason, navigation
from support import parse_document

BODY = ("这次讨论从一个看似简单的问题出发：城市里的老旧小区究竟应该如何改造，居民、街道和物业各自要承担什么，"
        "两位嘉宾结合各自的调研经历给出了不同的回答，也谈到了资金来源和后续维护的难处。")
MORE = ("在他们看来，改造不只是粉刷外墙、加装电梯，更重要的是让居民参与决策，把公共空间的使用规则讲清楚，"
        "否则工程结束之后，矛盾往往又会回到原点。")
PARTS = ["01.", "02.", "03."]
TITLES = ["改造资金从哪里来", "居民意见如何统一", "改造之后谁来维护"]


def _outline(link: str) -> list[tuple[str, str, int]]:
    """(marker, title, depth) of a reposted talk whose page prints `link` right under its title, its credits over
    the numbered parts and the book it comes from after them."""
    blocks = ["老旧小区改造，难在哪里？", "", link, "", BODY, MORE, BODY, "", "对话 | 王明 x 李华", "来源 | 《城市更新十讲》", ""]
    for marker, title in zip(PARTS, TITLES):
        blocks += [f"{marker}{title}", "", BODY, "", MORE, ""]
    blocks += ["《城市更新十讲》", "", MORE, ""]
    doc = parse_document("\n".join(blocks).encode(), "repost.txt")
    return [(h.marker.strip(), h.title, h.depth) for h in doc.headings]


WANT = [(marker, title, 1) for marker, title in zip(PARTS, TITLES)]


@pytest.mark.parametrize("link", ["返回列表页", "返回列表頁", "【返回列表页】"])
def test_a_link_back_to_the_list_heads_nothing(link):
    assert _outline(link) == WANT


@pytest.mark.parametrize("link", ["返回列表", "返回首页"])
def test_the_links_known_before_stay_navigation(link):
    assert _outline(link) == WANT


@pytest.mark.parametrize("text, chrome", [
    ("返回列表页", True),
    ("返回列表頁", True),
    ("返回列表页面设计", False),  # a title that only starts with the words
    ("如何设计返回列表页的交互", False),
])
def test_only_the_bare_link_is_chrome(text, chrome):
    assert (line_reason(text) == "chrome") is chrome


def test_the_link_is_navigation_even_as_a_heading():
    assert navigation("返回列表页")
    assert not navigation("返回列表页面")
