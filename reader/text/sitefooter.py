"""A government or school site's footer saved with the page ('主办：…办公室' / '地址：… 邮编：…' / '联系电话：…' at the
end, by its ICP line): the site's contact, not the notice's; a notice's own '联系人：' block is left as written."""

from __future__ import annotations

import re

from reader.text.fold import fold_script
from reader.text.lazyre import lazy
from reader.text.model import Block, Removed

_RUN_MAX = 8  # a footer's contact lines
_LINE_MAX = 100
_LINK_MAX = 12  # an app's or an account's name
_SENTENCE = lazy(r"[。，；！？：:,;!?]")
_NEAR = 2  # lines between a page's buttons cleaning dropped and the footer under them
_SITE = ("主办单位", "承办单位", "协办单位", "主管单位", "主办", "承办", "协办", "主管", "技术支持", "网站维护", "维护单位")
_CONTACT = ("通讯地址", "联系地址", "地址", "邮政编码", "邮编", "联系电话", "咨询电话", "办公电话", "电话", "传真", "电子邮箱",
            "邮箱", "E-mail", "Email")
_LABEL = lazy(r"^[\s\u3000]*(" + "|".join(map(re.escape, _SITE + _CONTACT)) + r")[ \u3000]{0,2}[:：]",
              re.IGNORECASE)
_FOOTER_REASONS = frozenset(("chrome", "site-junk"))


def _label(text: str) -> str:
    """The contact label a short footer line opens with, else ''."""
    if len(text) > _LINE_MAX or "。" in text:
        return ""
    m = _LABEL.match(fold_script(text))
    return m.group(1) if m else ""


def drop_site_footer(blocks: list[Block], removed: list[Removed]) -> list[Block]:
    """The blocks without the site's contact lines at their end: a run of them (naming the site's 主办 / 承办, or two
    kinds of contact) by the footer lines cleaning dropped, its ICP or 版权所有 line after it, its '【打印本页】' right
    before it; a run with no such line by it (a notice's own '地址：' / '邮编：') stays."""
    end = len(blocks) - _links_after(blocks)
    start = end
    while start > 0 and end - start < _RUN_MAX and _label(blocks[start - 1].text):
        start -= 1
    if start == end:
        return blocks
    run = blocks[start:end]
    labels = {_label(b.text) for b in run}
    if end < len(blocks) and not labels & set(_SITE):
        return blocks  # links after a contact line: a notice's own list
    first, last = run[0].line, run[-1].line
    if not (labels & set(_SITE) or len(labels) >= 2) or not any(
            r.reason in _FOOTER_REASONS and (r.line > last or first - _NEAR <= r.line < first) for r in removed):
        return blocks
    removed.extend(Removed("chrome", b.text, b.line) for b in blocks[start:])
    return blocks[:start]


def _links_after(blocks: list[Block]) -> int:
    """How many short links end the blocks under a site's 主办 line ('粤商通', '天河政府网', '广州天河发布微博'): its
    apps and accounts, one a line; 0 when no such line is over them."""
    k = len(blocks)
    while k > 0 and len(blocks) - k < _RUN_MAX and len(blocks[k - 1].text.strip()) <= _LINK_MAX \
            and not _SENTENCE.search(blocks[k - 1].text) and not _label(blocks[k - 1].text):
        k -= 1
    return len(blocks) - k if 0 < k < len(blocks) and _label(blocks[k - 1].text) in _SITE else 0
