"""Parts a manual or a note sets apart with rules ('---') and heads with a pictograph ('📌 系统概述', '📊 常见操作流程'),
and the tips it marks with a sign ('💡 每位成员需要录入…').

A writer who puts a rule before each part and a pictograph before each part's name gives every part one form: where
two or more of them are found as top-level titles, the others of that form are parts too, and what follows one up to
the next rule is inside it. A tip's or a warning's sign before words that run past a title's length marks a remark,
not a part. One walk over the candidates and the paragraphs: linear time.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from reader.text.candidate import Candidate, depth_of, with_lines
from reader.text.lazyre import lazy
from reader.text.model import Paragraph

_PICTOGRAPH = lazy("[\U0001F300-\U0001FAFF\u2600-\u27BF][\uFE0F\U0001F3FB-\U0001F3FF]?")  # '📌', '⚠️', '🛠️'
_NAME_MAX = 20  # a pictograph title's name, as titlemarks counts it; past it, words run on as a sentence
_RULED_MIN = 2  # ruled pictograph titles found at the top level: the form is the writer's
_TIP_SIGNS = frozenset("💡⚠❗❕ℹ")  # a tip's, a warning's, a note's sign
_STOPS = frozenset("。！？；，,;!?：:")  # a sentence, or a field and its value ('📅 最后更新：2026年6月22日')
TIP_REASON = "a tip's or a warning's sign before a sentence ('💡 每位成员需要…'): a remark, no title"


def _name(text: str) -> str:
    """The words after a leading pictograph ('' when the line opens with none), spaces left out."""
    m = _PICTOGRAPH.match(text := text.strip())
    return "".join(text[m.end():].split()) if m is not None else ""


def _ruled_title(p: Paragraph) -> bool:
    """'---' / '📌 系统概述': a short pictograph-led name right after a rule."""
    name = _name(p.text) if p.ruled and len(p.text) <= 4 * _NAME_MAX else ""
    return 2 <= len(name) <= _NAME_MAX and _STOPS.isdisjoint(name)


def drop_pictograph_tips(candidates: list[Candidate], paragraphs: Sequence[Paragraph]) -> None:
    """'💡 每位成员需要录入单周和双周两份课表（因课程安排可能不同）' under a section: a remark, not a sub-title ('⚠️ 注意事项',
    short, stays)."""
    for c in candidates:
        text = paragraphs[c.index].text.strip()
        if c.accepted and not c.numbered() and text[:1] in _TIP_SIGNS and len(_name(text)) > _NAME_MAX:
            c.accepted, c.reason = False, TIP_REASON


def add_ruled_pictographs(candidates: list[Candidate], paragraphs: Sequence[Paragraph]) -> list[Candidate]:
    """The ruled pictograph titles the outline missed ('📌 系统概述' first under the rule below the document's title),
    at the top level beside those it found, each holding the top-level titles up to the next rule."""
    ruled = [i for i, p in enumerate(paragraphs) if p.ruled and _ruled_title(p)]
    if len(ruled) <= _RULED_MIN:
        return candidates
    at = {c.index: n for n, c in enumerate(candidates)}
    top = [i for i in ruled if i in at and candidates[at[i]].accepted and depth_of(candidates[at[i]], candidates) == 1]
    missed = [i for i in ruled if i not in at or not candidates[at[i]].accepted]
    if len(top) < _RULED_MIN or not missed:
        return candidates
    candidates, placed = with_lines(candidates, dict.fromkeys(missed, -1))
    breaks = [i for i, p in enumerate(paragraphs) if p.ruled]
    for i, pos in placed.items():
        k = bisect.bisect_right(breaks, i)
        end = breaks[k] if k < len(breaks) else len(paragraphs)  # the part runs to the next rule
        for c in candidates[pos + 1:]:
            if c.index >= end:
                break
            if c.parent == -1:
                c.parent = pos
    return candidates
