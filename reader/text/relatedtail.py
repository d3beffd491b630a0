"""A 'related' label near a page's end: the site's list of links goes with it, the author's own text never does."""

from __future__ import annotations

import re

from reader.text.lazyre import lazy

_TAIL = 40  # the label sits within the page's last lines
_ITEMS = 30  # at most this many lines under it
_ITEM_MAX = 60  # a link title is a short line
# '（责任编辑： 刘艳丹 ）', '责任编辑: 朱剑': the article's closing credit; a list above it is the article's
_CREDIT = lazy(r"[（(]?\s*(?:责任编辑|責任編輯|责编|責編)\s*[:：]")
_PROSE_ENDS = ("，", "、", "；")


def related_tail(texts: list[str], reasons: list[str], label: re.Pattern[str]) -> None:
    """'相关报道：' near the end takes the link list after it along, unless the lines under it hold prose (a travel
    note's last days after its '延伸阅读') or stand above the article's closing credit (the author's '相关链接：');
    each such label over more than a list is chrome ('相关附件>>' and then '相关链接>>' over a printable copy)."""
    n = len(texts)
    for i in range(max(0, n - _TAIL), n):
        if label.match(texts[i]):
            rest = range(i + 1, n)
            if len(rest) <= _ITEMS and all(len(texts[k]) <= _ITEM_MAX for k in rest) and not _prose(texts, rest):
                credit = next((k for k in rest if _CREDIT.match(texts[k].strip())), n)
                for k in range(i if credit == n else credit + 1, n):  # above the credit: the article's own list
                    reasons[k] = "chrome"
                return
            reasons[i] = "chrome"


def _prose(texts: list[str], rest: range) -> bool:
    """Lines that hold a sentence ('。') or break one off (a '，' at the end, as a hard wrap leaves it): the author's
    text, which a list of link titles never is."""
    return any("。" in texts[k] or texts[k].rstrip().endswith(_PROSE_ENDS) for k in rest)
