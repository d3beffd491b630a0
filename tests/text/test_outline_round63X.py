"""Round 63X: a line cleaning took out fills the gap it stood in. A page saved as text leaves its promotion in the
body ('微信扫描上方二维码，就可以了解活动详情，并报名参加。', '点击上方蓝字关注我们'); cleaning takes the line out, and the wider
gap it leaves read as the place of a dropped picture, so the section title right after it ('科技动态' over its numbered
items) was taken for the picture's caption and lost. A gap that held a line of chrome or promotion held text, not
only a picture: the title after it is the text's again. A gap with nothing in it still marks a dropped picture, and
the short line under it stays a caption. And a blog theme's links to the neighbouring posts ('自由意志 上一篇') are
chrome, as '上一篇：自由意志' was."""

from __future__ import annotations

import pytest

from support import parse_document

_PROSE = "这项研究由一所大学的团队完成，他们花了三年时间收集数据，并在多个城市做了对比实验，结果发表在今年的期刊上。"


def _headings(*blocks: str) -> list[tuple[int, str]]:
    """(depth, marker and title) of the headings of blocks set apart by blank lines, the first the title."""
    doc = parse_document(("\n\n".join(blocks) + "\n").encode("utf-8"), "page.txt")
    return [(h.depth, h.marker + h.title) for h in doc.headings]


def _digest(filler: str) -> list[tuple[int, str]]:
    """A weekly digest: prose (one gap a line wider), then `filler`, then its parts and their numbered items."""
    return _headings("科技周刊（第 209 期）", _PROSE, _PROSE + "\n", _PROSE, filler, "科技动态", "1、香蕉遥控器", _PROSE,
                     "2、远海养殖船", _PROSE, "文章", "1、国产 GPU 创业潮", _PROSE)


_PARTS = [(1, "科技动态"), (2, "1、香蕉遥控器"), (2, "2、远海养殖船"), (1, "文章"), (2, "1、国产 GPU 创业潮")]

FILLED = [
    "微信扫描上方二维码，就可以了解活动详情，并报名参加。",  # the page's chrome
    "扫描下方二维码关注我们的公众号",  # its promotion
    "点击上方蓝字关注我们",
    "长按识别二维码，关注公众号",
]


@pytest.mark.parametrize("filler", FILLED)
def test_title_after_a_removed_line_is_a_title(filler: str) -> None:
    assert _digest(filler) == _PARTS


def test_title_after_an_empty_wide_gap_stays_a_caption() -> None:
    """Two blank lines and nothing in them: a picture was dropped there, and '科技动态' under it names it."""
    assert (1, "科技动态") not in _digest("")


@pytest.mark.parametrize("blocks", [
    # a picture's caption after an empty gap, the page's chrome elsewhere: the caption stays no heading
    ("一份保证书的故事", _PROSE, _PROSE + "\n", _PROSE, "\n\n乔某良手写的保证书", _PROSE, _PROSE, "后来的事情", _PROSE),
    ("一份保证书的故事", _PROSE, "微信扫描上方二维码，就可以了解活动详情，并报名参加。", _PROSE + "\n", _PROSE,
     "\n\n乔某良手写的保证书", _PROSE, _PROSE, "后来的事情", _PROSE),
])
def test_caption_under_a_dropped_picture_is_left_alone(blocks: tuple[str, ...]) -> None:
    assert all(title != "乔某良手写的保证书" for _, title in _headings(*blocks))


# A blog theme's links to the neighbouring posts, each post's title then the label ('自由意志 上一篇', as Hexo's Fluid
# theme sets them at a post's end), are the page's chrome, as '上一篇：自由意志' already was: saved as text they stood
# as short lines and read as titles.
_POST = ("年终总结", _PROSE, "写在后面", _PROSE, _PROSE, "本博客所有文章除特别声明外，均采用 CC BY-SA 4.0 协议，转载请注明出处！")


@pytest.mark.parametrize("link", ["自由意志 上一篇", "堂吉诃德反团结 下一篇", "旧文整理　下一頁"])
def test_post_link_after_its_title_is_chrome(link: str) -> None:
    doc = parse_document(("\n\n".join(_POST + (link, "另一篇文章 下一篇")) + "\n").encode("utf-8"), "post.txt")
    assert link in [r.text.strip() for r in doc.removed]
    assert all(link not in h.title for h in doc.headings)


@pytest.mark.parametrize("line", ["我们在上一篇", "本文是系列文章的上一篇", "上一篇讲到的三个问题"])
def test_a_mention_of_the_previous_post_stays_text(line: str) -> None:
    doc = parse_document(("\n\n".join(_POST[:3] + (line, _PROSE)) + "\n").encode("utf-8"), "post.txt")
    assert line not in [r.text.strip() for r in doc.removed]
