"""A typeset extract's marks told from the page's own: a -layout running head that pairs a changing mark with a fixed
one (LaTeX sets the section's number and title at one margin and the chapter's at the other: '3.3   论文选项        3
使用说明', then '3.4   中文字体        3   使用说明', so no two page tops read alike, yet one side repeats on every
page), and a chapter's number on a line of its own, which reads like a page number but is the chapter's."""

from __future__ import annotations

from typing import Sequence

from reader.text.lazyre import lazy

_GAP = lazy(r"[ \t\u3000]{6,}")  # the space between a head's two marks (and inside a mark, number from title)
_PROSE = lazy(r"[，、；。！？：,;!?]")  # a page top holding a clause is text, never a head
_PART_MAX = 40  # characters of one mark
_MIN_PAGES = 2


def mark_heads(texts: Sequence[str], tops: Sequence[int]) -> set[int]:
    """Indices of page tops (`tops`: indices into `texts` of the lines form feeds open) that are running heads: short,
    no clause, in two parts or more far apart, one part (not a bare number) the same atop two pages or more."""
    parts: dict[int, list[str]] = {}
    for k in tops:
        text = texts[k].strip()
        if len(text) > 2 * _PART_MAX + 40 or _PROSE.search(text) is not None:
            continue
        pieces = ["".join(p.split()) for p in _GAP.split(text) if p.strip()]
        if len(pieces) >= 2 and all(len(p) <= _PART_MAX for p in pieces):
            parts[k] = pieces
    seen: dict[str, set[int]] = {}
    for k, pieces in parts.items():
        for i in range(len(pieces)):  # a mark is a piece or a number and its title ('3', '使用说明'): pairs too
            for mark in (pieces[i], "".join(pieces[i:i + 2])):
                if not mark.isdigit():
                    seen.setdefault(mark, set()).add(k)
    return {k for found in seen.values() if len(found) >= _MIN_PAGES for k in found}


_TITLE = lazy(r"[^\s，、；。！？：,;!?0-9]{2,20}")  # a chapter's title: a few words, no clause, no number


def chapter_number(texts: Sequence[str], k: int) -> bool:
    """A bare number over a chapter's title and its first section ('2' / '安装' / '2.1' / '系统要求'): the chapter's
    number the extract set on a line of its own, not the page's."""
    number = texts[k].strip()
    return (number.isdigit() and len(number) <= 2 and k + 2 < len(texts) and _TITLE.fullmatch(texts[k + 1].strip())
            is not None and texts[k + 2].strip().startswith(number + ".1"))
