"""A list written inside one paragraph ('（一）…；（二）…'): the next item's marker follows on the same line."""

from __future__ import annotations

import re

from reader.text.lazyre import lazy
from reader.text.markers import HeadingMatch
from reader.text.numerals import int_to_cn

_CN_ITEM = "零一二三四五六七八九十"  # what int_to_cn writes for 1..99
_ITEM_PATTERNS = {  # any item marker of a family; the number is compared as text
    "paren-arabic": r"[（(]\s*([0-9]+)\s*[）)]", "paren-cn": rf"[（(]\s*([{_CN_ITEM}]+)\s*[）)]",
    "arabic": r"[；;。，]\s*([0-9]+)\s*[.．、]", "cn": rf"[；;。，]\s*([{_CN_ITEM}]+)、",
}


_COMPILED: dict[str, re.Pattern[str]] = {}  # each family's pattern once compiled: a dict's look-up per numbered line


def _item_pattern(family: str) -> re.Pattern[str]:
    """One pattern per family: one per number (0.3 ms to compile) thrashed its cache in a list numbered past 500."""
    pattern = _COMPILED.get(family)
    if pattern is None:
        pattern = _COMPILED[family] = re.compile(_ITEM_PATTERNS[family])
    return pattern


def lists_inline(m: HeadingMatch, text: str) -> bool:
    """The next item's marker follows on the same line ('（一）…；（二）…'): a list written inside one paragraph."""
    family = m.family  # (read once: every numbered line of a law's items comes here)
    if family == "circled":
        return len(m.marker) == 1 and text.find(chr(ord(m.marker) + 1), m.end) >= 0
    if family not in _ITEM_PATTERNS or (family in ("cn", "paren-cn") and m.number + 1 >= 100) or len(text) - m.end < 3:
        return False  # (no room after the title for a marker, three characters at the least: a law's '…；' ends so)
    if family[0] == "p" and text.find("（", m.end) < 0 and text.find("(", m.end) < 0:
        return False  # ('paren-…') a bracketed marker opens with its bracket: with none after the title, no search
    pattern = _COMPILED.get(family) or _item_pattern(family)
    found = pattern.search(text, m.end)
    if found is None:
        return False  # most lines: no marker of the family after the first
    want = int_to_cn(m.number + 1) if family in ("cn", "paren-cn") else str(m.number + 1)
    while found is not None and found.group(1) != want:
        found = pattern.search(text, found.end())
    return found is not None


_OPENING = "：:；;，,"  # what opens or goes on with a list inside a sentence; after '。' a new paragraph may begin
_AFTER_STOP = "[；;。，]"  # how the arabic and cn item patterns open: the mark before an item inside a sentence
# each family's item after one of those marks; one '\s*' after the mark, so a run of spaces is read once
_START_PATTERNS = {family: lazy(rf"[{_OPENING}]" + (pattern[len(_AFTER_STOP):] if pattern.startswith(_AFTER_STOP)
                                                           else r"\s*" + pattern))
                   for family, pattern in _ITEM_PATTERNS.items()}


def _written_above(m: HeadingMatch, above: str) -> bool:
    """The item before `m` stands inside the paragraph above, after a colon, a semicolon or a comma."""
    want = int_to_cn(m.number - 1) if m.family in ("cn", "paren-cn") else str(m.number - 1)
    return any(found.group(1) == want for found in _START_PATTERNS[m.family].finditer(above))


def continued_lists(texts: list[str], matches: list[HeadingMatch | None]) -> dict[int, str]:
    """'…提出六項建議：（一）…；（二）…' over '（三）續證…' and '（四）…': a family whose first line opens at a later
    number goes on with a list the paragraph above began inside its sentence; its lines are that list's items."""
    out: dict[int, str] = {}
    seen: set[str] = set()
    for i, m in enumerate(matches):
        if m is None or m.family in seen:
            continue
        seen.add(m.family)
        if (i == 0 or m.family not in _START_PATTERNS or not 2 <= m.number <= 99
                or not _written_above(m, texts[i - 1])):
            continue
        number = m.number
        for j in range(i, len(matches)):
            if matches[j] is not None and matches[j].family == m.family:
                if matches[j].number != number:
                    break
                out[j] = f"an item of the list the paragraph above began inline (its {m.number - 1} is there)"
                number += 1
    return out
