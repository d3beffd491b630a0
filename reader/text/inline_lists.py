"""A list written inside one paragraph ('（一）…；（二）…'): the next item's marker follows on the same line."""

from __future__ import annotations

import re
from functools import lru_cache

from reader.text.markers import HeadingMatch
from reader.text.numerals import int_to_cn

_CN_ITEM = "零一二三四五六七八九十"  # what int_to_cn writes for 1..99
_ITEM_PATTERNS = {  # any item marker of a family; the number is compared as text
    "paren-arabic": r"[（(]\s*([0-9]+)\s*[）)]", "paren-cn": rf"[（(]\s*([{_CN_ITEM}]+)\s*[）)]",
    "arabic": r"[；;。，]\s*([0-9]+)\s*[.．、]", "cn": rf"[；;。，]\s*([{_CN_ITEM}]+)、",
}


@lru_cache(maxsize=None)
def _item_pattern(family: str) -> re.Pattern[str]:
    """One pattern per family: one per number (0.3 ms to compile) thrashed its cache in a list numbered past 500."""
    return re.compile(_ITEM_PATTERNS[family])


def lists_inline(m: HeadingMatch, text: str) -> bool:
    """The next item's marker follows on the same line ('（一）…；（二）…'): a list written inside one paragraph."""
    if m.family == "circled":
        return len(m.marker) == 1 and text.find(chr(ord(m.marker) + 1), m.end) >= 0
    if m.family not in _ITEM_PATTERNS or (m.family in ("cn", "paren-cn") and m.number + 1 >= 100):
        return False
    pattern = _item_pattern(m.family)
    found = pattern.search(text, m.end)
    if found is None:
        return False  # most lines: no marker of the family after the first
    want = int_to_cn(m.number + 1) if m.family in ("cn", "paren-cn") else str(m.number + 1)
    while found is not None and found.group(1) != want:
        found = pattern.search(text, found.end())
    return found is not None
