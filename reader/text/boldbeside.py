"""A page's bold sub-heads set over a bold deck ('<p><strong>关注点多与所学专业相关</strong></p>' over
'<p><strong>法学专业热议法定婚龄</strong></p>') beside the plain titles found in its text."""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Sequence

from reader.text.model import Paragraph

_HEAD_MAX = 30  # characters of a sub-head, as boldheads counts them
_RUN_MAX = 3  # a sub-head and the one or two deck lines an editor sets under it in bold
_DECK_MAX = 40  # characters of a deck line: a phrase or a question, not a paragraph
_PROSE_MIN = 40  # characters of the paragraph under the run: text, not another short line
_HEADS_MIN = 2  # one such run alone on a page is a passage stressed; an editor marks the parts in turn
_ENDS = "。！；!;，,、…：:"  # a sentence, a clause or a label ('馆长：宋钢'), no part's name


def bold_beside(kind: str, paragraphs: Sequence[Paragraph], matches: Sequence[object], marked: Collection[int],
                found: Collection[int]) -> set[int]:
    """On a page where the rules found plain titles, the first line of each short bold run over prose: a news
    feature's '出国前后关注点大不同' over its deck '出国前：政治科目会出啥考题？' is a part as much as the
    '两会成为了解国情的窗口' over its deck after it, which the title rules took where they passed the first over."""
    if kind != "html" or not found:
        return set()
    heads = _decked(paragraphs, matches, marked)
    return heads - set(found) if len(heads) >= _HEADS_MIN else set()


def _decked(paragraphs: Sequence[Paragraph], matches: Sequence[object], marked: Collection[int]) -> set[int]:
    """The first line of each run of two or three short bold lines over a paragraph of prose, said once and no
    sentence or label."""
    times = Counter(p.text.strip() for p in paragraphs if p.strong)
    heads, n, i = set(), len(paragraphs), 0
    while i < n:
        if not paragraphs[i].strong:
            i += 1
            continue
        j = i
        while j + 1 < n and paragraphs[j + 1].strong:
            j += 1  # each line is passed once: the scan is linear
        first, after = paragraphs[i].text.strip(), paragraphs[j + 1] if j + 1 < n else None
        if (2 <= j - i + 1 <= _RUN_MAX and after is not None and not after.heading_level and not after.cell
                and len(after.text.strip()) >= _PROSE_MIN and any(c in after.text for c in "，。")
                and 2 <= len(first) <= _HEAD_MAX and not any(c in first for c in _ENDS) and times[first] == 1
                and i not in marked and not paragraphs[i].listed and not paragraphs[i].cell
                and all(len(paragraphs[k].text.strip()) <= _DECK_MAX and matches[k] is None
                        and not paragraphs[k].heading_level for k in range(i, j + 1))):
            heads.add(i)
        i = j + 1
    return heads
