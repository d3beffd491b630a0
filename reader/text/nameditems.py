"""A numbered part made wholly of named items: a short name alone on its line, then one paragraph describing it, three
times or more ('加强辅导班' over what the class does, '课后辅导课' over its own, … under '(一) 学习上的支援'; each
organiser's name over its introduction under '十、主办方及协办方介绍'). The names are the part's sub-titles; a part
whose lines do not all pair so (a figure between, a list, a second paragraph) is left as it reads."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reader.text.furniture import figure_caption
from reader.text.lazyre import lazy
from reader.text.model import Paragraph

_NAME_MAX = 36  # '功辅班(区本课后学习支援计划)、关爱基金课余托管班、苗圃留校辅导班' still names a programme
_DESCRIBED_MIN = 25  # a description is a paragraph, not a line of a list
_PAIRS_MIN = 3  # two pairs may be a question and its answer, or a remark; three make the part's layout
_CLAUSE = lazy(r"[，。；！？,;：:]")  # a name has no clause in it, nor a label's colon
_OPENER = lazy(r"[0-9０-９一二三四五六七八九十（(【\[•·*#>⚫●■◆▪\-–—]")  # numbered or bulleted: an item of a list
_DESCRIPTION_END = "。！？!?；;…」”）)"


def _name(text: str) -> bool:
    """A short line with no clause, not numbered, bulleted nor a caption: an item's name."""
    return 2 <= len(text) <= _NAME_MAX and _CLAUSE.search(text) is None and _OPENER.match(text) is None \
        and not figure_caption(text)


def _description(text: str) -> bool:
    """A finished paragraph of some length: what the name above it names."""
    return len(text) >= _DESCRIBED_MIN and text[-1] in _DESCRIPTION_END


def _pairs(texts: list[str]) -> list[int]:
    """The names of a part's lines when, after at most one opening paragraph, they are all name/description pairs."""
    k = 1 if len(texts) > 1 and _description(texts[0]) and _name(texts[1]) else 0
    names = []
    while k + 1 < len(texts) and _name(texts[k]) and _description(texts[k + 1]):
        names.append(k)
        k += 2
    return names if k == len(texts) and len(names) >= _PAIRS_MIN else []


def named_items(paragraphs: Sequence[Paragraph], numbered: Sequence[Any], matches: Sequence[Any]) -> set[int]:
    """The names heading the items a numbered part is made of, each over one paragraph of its own, its sub-titles."""
    heads = sorted(c.index for c in numbered)
    found: set[int] = set()
    for n, head in enumerate(heads):
        end = heads[n + 1] if n + 1 < len(heads) else len(paragraphs)
        if head + 1 < end and (matches[head + 1] is not None or paragraphs[head + 1].cell) \
                and paragraphs[head + 1].text.strip():
            continue  # its first line numbered (an article's '（一）'): asked with no generator made
        if any((matches[i] is not None or paragraphs[i].cell) and paragraphs[i].text.strip() for i in range(head + 1, end)):
            continue  # a numbered or tabled line inside: no part of named items (asked first: most parts stop here)
        lines = [i for i in range(head + 1, end) if paragraphs[i].text.strip()]
        if not lines:
            continue
        found.update(lines[k] for k in _pairs([paragraphs[i].text.strip() for i in lines]))
    return found
