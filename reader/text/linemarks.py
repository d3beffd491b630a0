"""What a line carries that is no part of its text: pinyin after characters, tags a scraper cut open before it, a
permalink sign after it, a wiki's edit link beside a section title."""

from __future__ import annotations

from reader.text import debris
from reader.text.lazyre import lazy
from reader.text.pinyin import find_pinyin
from reader.text.model import Block, Removed
from reader.text.wikichrome import unedited

# A line holding none of these has nothing to strip: no permalink sign ends it, no cut tag ends before its text (at a
# '>'), no pinyin closes its bracket, no edit link closes its ']'.
_MARKS = lazy("[¶>)）\\]]")


def strip_marks(blocks: list[Block], removed: list[Removed]) -> list[Block]:
    """Pinyin left after characters (運轉(zhuǎn) → 運轉), tags a scraper cut open before a line's text and a wiki's edit
    link beside a title ('[编辑]历史' → '历史'), each reported."""
    return [b if _MARKS.search(b.text) is None  # (most lines: one search, not three calls a line)
            or (text := unedited(unannotated(untagged(unanchored(b.text, b.line, removed), b.line, removed), b.line,
                                             removed), b.line, removed))
            is b.text else Block(text, b.line, b.heading_level, b.role) for b in blocks]


def unanchored(text: str, line: int, removed: list[Removed]) -> str:
    """'Definitions 定义¶' → 'Definitions 定义': a documentation page's permalink sign, kept by a scrape of its text."""
    kept = text.rstrip()
    if kept[-1:] != "¶":
        return text
    kept = kept[:-1].rstrip()
    removed.append(Removed("chrome", "¶", line))
    return kept


def untagged(text: str, line: int, removed: list[Removed]) -> str:
    """'…favicon.ico" /> web/css/gywm.css"/> 关于我们' → '关于我们': the page's title after its head's markup."""
    end = debris.cut_tags_end(text)
    removed.extend([Removed("chrome", text[:end], line)] if end else [])
    return text[end:].lstrip() if end else text


def unannotated(text: str, line: int, removed: list[Removed]) -> str:
    """The text without its pinyin annotations (the same string when it has none), each reported."""
    spans = find_pinyin(text)  # (a text without a closing bracket is passed over at once)
    if not spans:
        return text  # (every line of a text is asked, twice: most have none and build nothing)
    removed.extend(Removed("pinyin", text[s:e], line) for s, e in spans)
    ends = [0] + [e for _, e in spans]  # the kept pieces run from each span's end to the next span's start
    return "".join(text[a:s] for a, (s, _) in zip(ends, spans)) + text[ends[-1]:]
