"""Half-width punctuation typed inside Chinese text ('机构1:特区政府', '1)在里昂,我们…'), read as the full-width
marks the outline's rules know, and a PDF's compatibility ideographs ('陸' U+F9D3) as the characters they show, one
character for one, so positions and lines stay those of the original."""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from functools import lru_cache

from reader.text.markers import match_heading
from reader.text.model import Paragraph

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


def read_as_rules(paragraphs: list[Paragraph]) -> list[Paragraph]:
    """The paragraphs as the outline's rules read them: half-width marks inside Chinese text made full-width, a
    numbered heading's brackets ('【第一章 总 则】') as spaces."""
    whole = "\n".join([p.text for p in paragraphs])
    marks, framed = has_marks(whole), "【" in whole
    if not marks and not framed:
        return list(paragraphs)  # none anywhere: one scan of the document, no call per line
    seen = [as_full_width(p.text) if marks else p.text for p in paragraphs]
    if framed:
        seen = [_unframed(text) if text[:1] in "【 \u3000" else text for text in seen]
    return [p if text == p.text else dataclasses.replace(p, text=text) for p, text in zip(paragraphs, seen)]


def _unframed(text: str) -> str:
    """'【第一章 总 则】': a numbered heading a charter sets in brackets, read as the heading it frames; the brackets
    become spaces, so positions stay. A framed name ('【活动亮点】') or a framed line with more after it stays."""
    inner = text.strip()
    if len(inner) < 4 or inner[0] != "【" or inner[-1] != "】" or "【" in inner[1:] or "】" in inner[:-1]:
        return text
    m = match_heading(inner[1:-1].strip())
    if m is None or m.family == "bracket" or not m.title or m.rest:
        return text
    at = text.index("【")
    return f"{text[:at]} {text[at + 1:at + len(inner) - 1]} {text[at + len(inner):]}"


def original_of(fragment: str, readings: list[tuple[str, str]]) -> str:
    """The original spelling of a fragment of a full-width reading: (reading, original) pairs, searched in order."""
    for seen, original in readings:
        at = seen.find(fragment) if fragment else -1
        if at >= 0:
            return original[at:at + len(fragment)]
    return fragment
