"""A saved news page's tail: past the article's closing credit, the site's own rows, never the article's sections.

A news page closes its article with a credit ('本文来源：澎湃新闻 责任编辑：王文华', '责任编辑：李明'); what a scrape
keeps after it is the site's share row, its recommended stories, its shop and game menus ('车险:', '热门游戏:',
'延伸阅读'). A credit at the top of a notice ('责任编辑：…' over the 通知) is metadata above the text and closes
nothing: the credit closes the article only when most of the running text stands above it. One pass: linear time.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from reader.text.model import Paragraph

_CREDIT = re.compile(r"[ \t\u3000]*[（(【\[]?[ \t\u3000]*(?:本文来源|文章来源|稿件来源|本文來源|文章來源|责任编辑|責任編輯|责编|責編)"
                     r"[ \t\u3000]*[：:]")  # a line opening with the closing credit's label
_CREDIT_MAX = 60  # a credit line names a source and an editor; a longer line is a paragraph quoting one
_ARTICLE_SHARE = 0.8  # of the page's running text above the credit: the article stands above it, closed by it


def closing_credit(paragraphs: Sequence[Paragraph], is_body: Callable[[str], bool]) -> int:
    """The index of the credit line closing a news page's article (most of the running text above it), or -1."""
    credits = [i for i, p in enumerate(paragraphs) if len(p.text) <= _CREDIT_MAX and _CREDIT.match(p.text)]
    if not credits:
        return -1
    last = credits[-1]
    above = sum(len(p.text) for p in paragraphs[:last] if is_body(p.text))
    below = sum(len(p.text) for p in paragraphs[last + 1:] if is_body(p.text))
    return last if above > 0 and above > _ARTICLE_SHARE * (above + below) else -1


def drop_page_tail(candidates: list, paragraphs: Sequence[Paragraph], is_body: Callable[[str], bool]) -> None:
    """Unnumbered titles after the article's closing credit ('热门产品:', '延伸阅读') are the site's rows: not kept."""
    end = closing_credit(paragraphs, is_body) if any(c.accepted and c.match is None for c in candidates) else -1
    if end < 0:
        return
    for c in candidates:
        if c.accepted and c.match is None and c.index > end:
            c.accepted = False
            c.reason = "after the article's closing credit ('本文来源：…', '责任编辑：…'): the site's rows, no section"
