"""Half-width punctuation typed inside Chinese text ('机构1:特区政府', '1)在里昂,我们…'), read as the full-width
marks the outline's rules know, and a PDF's compatibility ideographs ('陸' U+F9D3) as the characters they show, one
character for one, so positions and lines stay those of the original."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_HALF, _FULL = ",:;!?()", "，：；！？（）"
_TO_FULL = dict(zip(_HALF, _FULL))
_ANY_HALF = re.compile("[,:;!?()]")
_CJK = "\u3400-\u9fff\U00020000-\U0003134f"
# a mark with a Chinese character on either side; '(1)' and '3.14' and 'print(x)' are left as they are
_INSIDE_CHINESE = re.compile(rf"(?<=[{_CJK}])[,:;!?()]|[,:;!?()](?=[{_CJK}])")


_COMPAT = re.compile("[\uf900-\ufaff]")
_ANY_MARK = re.compile("[,:;!?()\uf900-\ufaff]")


@lru_cache(maxsize=1)
def _compat_table() -> dict[int, str]:
    """Each compatibility ideograph to the one character NFKC makes of it (built on first need)."""
    table = {}
    for code in range(0xF900, 0xFB00):
        normal = unicodedata.normalize("NFKC", chr(code))
        if len(normal) == 1 and normal != chr(code):
            table[code] = normal
    return table


def as_characters(text: str) -> str:
    """A PDF's compatibility ideographs ('說' U+F96F) as the characters they show; same length, same positions."""
    return text.translate(_compat_table()) if _COMPAT.search(text) is not None else text


def has_marks(text: str) -> bool:
    """Any half-width mark or compatibility ideograph at all: a document with none reads as written (one scan)."""
    return _ANY_MARK.search(text) is not None


def as_full_width(text: str) -> str:
    """The text with half-width marks next to Chinese characters made full-width and compatibility ideographs read
    as their characters; same length, same positions."""
    if _ANY_MARK.search(text) is None:
        return text  # most lines: one scan
    text = as_characters(text)
    if _ANY_HALF.search(text) is None:
        return text
    return _INSIDE_CHINESE.sub(lambda m: _TO_FULL[m.group()], text)


def original_of(fragment: str, readings: list[tuple[str, str]]) -> str:
    """The original spelling of a fragment of a full-width reading: (reading, original) pairs, searched in order."""
    for seen, original in readings:
        at = seen.find(fragment) if fragment else -1
        if at >= 0:
            return original[at:at + len(fragment)]
    return fragment
