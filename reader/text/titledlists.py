"""'具体要求' right over '1. 入参定义' … '9. 异常归一化': a short plain line, a blank line above it and the list's first
item on the very next line, names the list it heads. Where a text's only numbered sections are the items of such
lists, their titles are its parts and the items sit under them (a standard or a runbook kept as plain text, its '##'
gone). One walk over the paragraphs and one over the candidates: linear time.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from reader.text.candidate import Candidate, with_lines
from reader.text.furniture import figure_caption
from reader.text.lazyre import lazy
from reader.text.lineshape import contents_name
from reader.text.markers import match_heading
from reader.text.model import Paragraph, line_gap

_FIRST_ITEM = lazy(r"[ \t]*1[.．、][ \t]*\S")  # '1. 入参定义', '1、…': a list's first item
_TITLE_MAX = 20
_STOPS = frozenset("。！？；，,;!?：:")  # a sentence, or a label's colon (a label over a list is mostly no part)
_TITLES_MIN = 2  # the form shown twice: the writer's
_RECURS = 3  # '岗位描述' over a list under each post: a template's field, no part of the text's own


def _list_title(paragraphs: Sequence[Paragraph], i: int, title: str) -> bool:
    p, below = paragraphs[i], paragraphs[i + 1]
    text = p.text.strip()
    return (2 <= len(text) <= _TITLE_MAX and _STOPS.isdisjoint(text) and line_gap(p, below) == 1
            and (i == 0 or line_gap(paragraphs[i - 1], p) > 1) and _FIRST_ITEM.match(below.text) is not None
            and not p.listed and not p.cell and text != title.strip() and text[0] not in "-*+•|#>【[（("
            and match_heading(text) is None and not figure_caption(text) and not contents_name(text))


def titles_over_lists(candidates: list[Candidate], paragraphs: Sequence[Paragraph], title: str) -> list[Candidate]:
    """The missed titles of the lists that hold all the numbered sections, at the level of the lists' items, the
    items of the list right under each moved inside it."""
    heads = [i for i in range(len(paragraphs) - 1) if len(paragraphs[i].text) <= 2 * _TITLE_MAX
             and _list_title(paragraphs, i, title)]
    times = Counter("".join(paragraphs[i].text.split()) for i in heads)
    heads = [i for i in heads if times["".join(paragraphs[i].text.split())] < _RECURS]
    at = {c.index: n for n, c in enumerate(candidates)}
    missed = [i for i in heads if i not in at or not candidates[at[i]].accepted]
    if len(heads) < _TITLES_MIN or not missed:
        return candidates
    runs = {candidates[at[i + 1]].run: i for i in heads if i + 1 in at and candidates[at[i + 1]].accepted}
    sections = [c for c in candidates if c.accepted and c.numbered()]
    if not sections or any(c.run not in runs or c.parent != sections[0].parent for c in sections):
        return candidates  # numbered sections of the text's own besides the lists' items: their levels stand
    parent = sections[0].parent
    items = {c.index: runs[c.run] for c in sections}  # each item and the title over its list
    candidates, placed = with_lines(candidates, dict.fromkeys(missed, parent))
    for c in candidates:
        if c.index in items and items[c.index] in placed:
            c.parent = placed[items[c.index]]
    return candidates
