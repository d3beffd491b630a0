"""A list's next item set on the very next line: a new paragraph, however full the item above it.

A note sets a list of short items one to a line ('1. 前期，差异大，易早熟' / '2. 后期，差异小，易停滞'): no item ends
its sentence, and a run of two such lines measures its own width from them, so the first looks like a wrapped line
cut full. A hard wrap cuts where the width falls, and the next number of the list that the paragraph opens with
lands at a line's start by that cut almost never; where the line above stops inside a sentence ('…，', '…和') the
text goes on whatever opens the next line.
"""

from __future__ import annotations

from collections.abc import Callable

from reader.text.markers import HeadingMatch

ITEM_FAMILIES = frozenset(("arabic", "half-paren", "paren-arabic", "circled", "cn", "paren-cn"))
_LETTER_CLOSE = frozenset(")）")
_STARTS = frozenset("0123456789０１２３４５６７８９（(①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳一二三四五六七八九十")


def next_item(first: str, nxt: str, match: Callable[[str], HeadingMatch | None]) -> bool:
    """`nxt` opens with the number after the one `first` opens with, in the same list family ('2.' under '1.')."""
    if first[:1] not in _STARTS or nxt[:1] not in _STARTS:
        return False  # (most lines: two looks)
    a = match(first)
    if a is None or a.family not in ITEM_FAMILIES:
        return False
    b = match(nxt)
    return b is not None and b.family == a.family and b.number == a.number + 1 and a.number > 0


def next_letter(first: str, nxt: str) -> bool:
    """'g) 负责…' under 'f) 负责…': a lettered list's next item (one letter on, one case), which a wrap's cut puts at
    a line's start almost never, however full the line above it."""
    if first[1:2] not in _LETTER_CLOSE or nxt[1:2] not in _LETTER_CLOSE:
        return False  # (most lines: two looks)
    a, b = first[0], nxt[0]
    return a.isascii() and b.isascii() and a.isalpha() and b.isalpha() and a.islower() == b.islower() \
        and ord(b) == ord(a) + 1
