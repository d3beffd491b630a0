"""A saved news page's tail: past the article's closing credit, the site's own rows, never the article's sections.

A news page closes its article with a credit ('本文来源：澎湃新闻 责任编辑：王文华', '责任编辑：李明'); what a scrape
keeps after it is the site's share row, its recommended stories, its shop and game menus ('车险:', '热门游戏:',
'延伸阅读'). A credit at the top of a notice ('责任编辑：…' over the 通知) is metadata above the text and closes
nothing: the credit closes the article only when most of the running text stands above it. A page with no credit
closes its article with its readers' comments ('其他评论', '全部评论', '网友评论' over each reader's name and words):
what follows is the comments and the site's rows. A bare '评论' is a site's menu item, so it closes nothing. A page
with neither closes its article with its related stories ('相关文章', '延伸阅读', '猜你喜欢' alone on a line, maybe with
'：' or a count, over the site's headlines): the label stays as the other rules judged it, the headlines under it go.
The same test holds: a label with much of the running text below it ('相关推荐' over a link, then the next day of a travel note) is
the article's own, and a study note's back matter named after its reading list ('推荐阅读' over books, then '参考文献')
stays. One pass: linear time.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from reader.text.lazyre import lazy
from reader.text.model import Paragraph
from reader.text.partnames import named_part

_CREDIT = lazy(r"[ \t\u3000]*[（(【\[]?[ \t\u3000]*(?:本文来源|文章来源|稿件来源|本文來源|文章來源|责任编辑|責任編輯|责编|責編)"
               r"[ \t\u3000]*[：:]")  # a line opening with the closing credit's label
_COMMENTS = lazy(r"(?:其他评论|其它评论|全部评论|网友评论|热门评论|精彩评论|最新评论|读者评论|用户评论|发表评论|评论区|"
                 r"全部留言|精选留言|精彩留言|留言区|其他評論|全部評論|網友評論|熱門評論|精彩評論|最新評論|讀者評論|"
                 r"發表評論|評論區|全部回复|熱門回覆) ?(?:[(（]\d+[)）]|\d+)? ?[：:]?")
# the heading over a page's comments (its line stripped): the label alone, or with its count ('网友评论（12）')
_RELATED = lazy(r"[【\[]?(?:相关文章|相关阅读|延伸阅读|推荐阅读|相关新闻|相关报道|相关推荐|猜你喜欢|推荐文章|"
                r"往期回顾|往期推荐|更多阅读|相關文章|相關閱讀|延伸閱讀|推薦閱讀|相關新聞|相關報導)[】\]]? ?"
                r"(?:[(（]\d+[)）]|\d+)? ?[：:]?")
# the label over a page's stories related to its article (its line stripped), alone or with its colon or count; a
# site's '热门文章' box is as much a list page's box among its others ('熱門文章' between '即時新聞' and '日報新聞')
_CREDIT_MAX = 60  # a credit line names a source and an editor; a longer line is a paragraph quoting one
_ARTICLE_SHARE = 0.8  # of the page's running text above the credit: the article stands above it, closed by it


_AFTER_CREDIT = "after the article's closing credit ('本文来源：…', '责任编辑：…'): the site's rows, no section"
_UNDER_RELATED = "under the page's related stories ('相关文章', '延伸阅读'): the site's headlines, no section"
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


def related_start(paragraphs: Sequence[Paragraph], is_body: Callable[[str], bool]) -> int:
    """The index of the first related-stories label with most of the page's running text above it, or -1."""
    labels = {i for i, p in enumerate(paragraphs) if len(p.text) <= _CREDIT_MAX and _RELATED.fullmatch(p.text.strip())}
    if not labels:
        return -1
    sizes = [len(p.text) if is_body(p.text) else 0 for p in paragraphs]
    total, above = sum(sizes), 0
    for i, size in enumerate(sizes):
        if i in labels and above > 0 and above > _ARTICLE_SHARE * (total - size):
            return i
        above += size
    return -1


def drop_page_tail(candidates: list, paragraphs: Sequence[Paragraph], is_body: Callable[[str], bool]) -> None:
    """Unnumbered titles after the article's closing credit ('热门产品:', '延伸阅读'), under its comments ('其他评论'
    over a reader's name) or under its related stories ('相关文章' over headlines) are the site's rows and its readers'
    words: not kept."""
    if not any(c.accepted and c.match is None for c in candidates):
        return
    ends = [(end, why) for end, why in ((closing_credit(paragraphs, is_body), _AFTER_CREDIT),
                                        (comments_start(paragraphs, is_body), _UNDER_COMMENTS),
                                        (related_start(paragraphs, is_body), _UNDER_RELATED)) if end >= 0]
    if not ends:
        return
    end, why = min(ends)
    for c in candidates:
        if c.accepted and c.match is None and c.index > end and not (why == _UNDER_RELATED and _back_matter(
                paragraphs[c.index].text)):
            c.accepted = False
            c.reason = why


def _back_matter(text: str) -> bool:
    """'参考文献', '附录' under a reading list are the note's own closing parts; another list's label is the site's."""
    return named_part(text) and not _RELATED.fullmatch(text.strip())
