"""A saved news page's tail: past the article's closing credit, the site's own rows, never the article's sections.

A news page closes its article with a credit ('本文来源：澎湃新闻 责任编辑：王文华', '责任编辑：李明'); what a scrape
keeps after it is the site's share row, its recommended stories, its shop and game menus ('车险:', '热门游戏:',
'延伸阅读'). A credit at the top of a notice ('责任编辑：…' over the 通知) is metadata above the text and closes
nothing: the credit closes the article only when most of the running text stands above it. A page with no credit
closes its article with its readers' comments ('其他评论', '全部评论', '网友评论' over each reader's name and words):
what follows is the comments and the site's rows. A bare '评论' is a site's menu item, so it closes nothing. One pass:
linear time.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from reader.text.model import Paragraph

_CREDIT = re.compile(r"[ \t\u3000]*[（(【\[]?[ \t\u3000]*(?:本文来源|文章来源|稿件来源|本文來源|文章來源|责任编辑|責任編輯|责编|責編)"
                     r"[ \t\u3000]*[：:]")  # a line opening with the closing credit's label
_COMMENTS = re.compile(r"(?:其他评论|其它评论|全部评论|网友评论|热门评论|精彩评论|最新评论|读者评论|用户评论|发表评论|评论区|"
                       r"全部留言|精选留言|精彩留言|留言区|其他評論|全部評論|網友評論|熱門評論|精彩評論|最新評論|讀者評論|"
                       r"發表評論|評論區|全部回复|熱門回覆) ?(?:[(（]\d+[)）]|\d+)? ?[：:]?")
# the heading over a page's comments (its line stripped): the label alone, or with its count ('网友评论（12）')
_CREDIT_MAX = 60  # a credit line names a source and an editor; a longer line is a paragraph quoting one
_ARTICLE_SHARE = 0.8  # of the page's running text above the credit: the article stands above it, closed by it


_AFTER_CREDIT = "after the article's closing credit ('本文来源：…', '责任编辑：…'): the site's rows, no section"
_UNDER_COMMENTS = "under the page's comments ('其他评论', '全部评论'): a reader's name or words, no section"


def _closes(paragraphs: Sequence[Paragraph], is_body: Callable[[str], bool], last: int) -> bool:
    """Does the line at `last` close the article: most of the page's running text above it?"""
    above = sum(len(p.text) for p in paragraphs[:last] if is_body(p.text))
    below = sum(len(p.text) for p in paragraphs[last + 1:] if is_body(p.text))
    return above > 0 and above > _ARTICLE_SHARE * (above + below)


def closing_credit(paragraphs: Sequence[Paragraph], is_body: Callable[[str], bool]) -> int:
    """The index of the credit line closing a news page's article (most of the running text above it), or -1."""
    credits = [i for i, p in enumerate(paragraphs) if len(p.text) <= _CREDIT_MAX and _CREDIT.match(p.text)]
    return credits[-1] if credits and _closes(paragraphs, is_body, credits[-1]) else -1


def comments_start(paragraphs: Sequence[Paragraph], is_body: Callable[[str], bool]) -> int:
    """The index of the label opening a page's comments under its article (most of the running text above it), or -1."""
    first = next((i for i, p in enumerate(paragraphs)
                  if len(p.text) <= _CREDIT_MAX and _COMMENTS.fullmatch(p.text.strip())), -1)
    return first if first >= 0 and _closes(paragraphs, is_body, first) else -1


def drop_page_tail(candidates: list, paragraphs: Sequence[Paragraph], is_body: Callable[[str], bool]) -> None:
    """Unnumbered titles after the article's closing credit ('热门产品:', '延伸阅读') or under its comments ('其他评论'
    over a reader's name) are the site's rows and its readers' words: not kept."""
    if not any(c.accepted and c.match is None for c in candidates):
        return
    ends = [(end, why) for end, why in ((closing_credit(paragraphs, is_body), _AFTER_CREDIT),
                                        (comments_start(paragraphs, is_body), _UNDER_COMMENTS)) if end >= 0]
    if not ends:
        return
    end, why = min(ends)
    for c in candidates:
        if c.accepted and c.match is None and c.index > end:
            c.accepted = False
            c.reason = why
