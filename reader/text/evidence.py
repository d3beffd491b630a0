"""Document-level evidence that a marker-led line is not a heading: cited articles, citations, clause chains.

Each rule looks at one family across the whole document (or at one run of siblings) and says why a candidate that
matches a heading marker is really something else, so `zhreader outline --explain` can name the reason. Every rule
is one pass over the candidates or a fixed pattern match on one line.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.text.markers import HeadingMatch
from reader.text.model import Paragraph

_FITS = (0, 1, 2)  # the next article repeats the number (第20-1條, 第一条之一), follows it, or skips one
_SPARSE_MAX = 3  # articles cited in an essay: a few, none the first, no two in sequence
# A citation: a web address, an author-year reference ('Anderson, B. (2006).'), a page range ('pp. 33-57').
_CITATION = re.compile(r"https?://|www\.|[(（](?:1[5-9]|20)[0-9]{2}[a-z]?[)）][.．,，]|\bpp?\.\s?[0-9]")
_CITATION_SPAN = 120  # look at the start of the line only: a heading's run-in body may cite anything later
_CLAUSE_ENDS = ("；", ";")


def stray_articles(paragraphs: Sequence[Paragraph], matches: Sequence[HeadingMatch | None]) -> dict[int, str]:
    """Lines that start with 第X条 but only cite an article: off the sequence of the document's articles.

    An article is kept when its number continues the last kept one (the same number for an inserted article, the
    next, or one skipped), when it is 第一条 (a new rule, an annex), when the article after it continues it (an
    excerpt's first article, a gap), or when it is the last and goes forward. '第二十條、第二十七條…規定' between articles 26 and 27 is none of these. When only a
    few articles remain, none of them 第一条 and no two in sequence, they are quotations in an essay.
    """
    idx = [i for i, m in enumerate(matches) if m is not None and m.family == "tiao"]
    stray: dict[int, str] = {}
    kept: list[int] = []
    for k, i in enumerate(idx):
        num = matches[i].number
        nxt = matches[idx[k + 1]].number if k + 1 < len(idx) else None
        prev = matches[kept[-1]].number if kept else None
        if num == 1 or (prev is not None and num - prev in _FITS) or (nxt is not None and nxt - num in _FITS):
            kept.append(i)
        elif nxt is None and (prev is None or num > prev):
            kept.append(i)  # the last article may jump ahead (an excerpt's last article); only going back is a citation
        else:
            after = f" after 第{prev}" if prev is not None else ""
            stray[i] = (f"an article number off the sequence (第{num}{after}, and the next article does not go on from "
                        "it): a reference at the start of a line, not an article")
    nums = [matches[i].number for i in kept]
    if kept and len(kept) <= _SPARSE_MAX and 1 not in nums and not any(b - a in (0, 1) for a, b in zip(nums, nums[1:])):
        for i in kept:
            stray[i] = "a few articles, none the first and none in sequence: articles quoted in a text, not its articles"
    return stray


def is_citation(text: str) -> bool:
    """'1. Anderson, B. (2006). Imagined communities…', '4. 爱国何以道德？https://…': an entry of a reading list."""
    return _CITATION.search(text, 0, _CITATION_SPAN) is not None


def chained_clauses(items: Sequence[HeadingMatch]) -> bool:
    """'一、撤销…判决；' '二、改判…。': items that end in '；' but the last are the clauses of one request, not sections."""
    if len(items) < 2:
        return False
    chained = sum(1 for m in items[:-1] if not m.rest and m.terminator in _CLAUSE_ENDS)
    return 2 * chained >= len(items) - 1
