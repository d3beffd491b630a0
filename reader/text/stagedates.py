"""A schedule's stages, each named over its period: '初赛作品评审' over '2016年11月10日-2016年11月13日' over what the
stage does. The period is the stage's time, a field under its name; read alone it looks like a dated title and took
the heading from the name above it. Where two stages or more stand so, each name heads its stage and its period is
text; a short line right over the first stage's name ('大赛日程') is the schedule, over its stages. A single date ('2021年8月12日' under the last line of a meeting's list) is a meeting's heading and stays. One
pass over the kept titles: linear time.
"""

from __future__ import annotations

from collections.abc import Sequence

from reader.text.candidate import Candidate, with_lines
from reader.text.lazyre import lazy
from reader.text.model import Paragraph, line_gap

_DATE = (r"\d{4}\s*(?:年\s*\d{1,2}\s*月(?:\s*\d{1,2}(?:\s*[日号號])?)?|[./-]\d{1,2}(?:[./-]\d{1,2})?)"
         r"|\d{1,2}\s*月\s*\d{1,2}(?:\s*[日号號])?")  # '2016年10月20日', '2016.10.20', '10月20日'; no space left dangling
_PERIOD = lazy(rf"[ \t\u3000]*(?:{_DATE})[ \t\u3000]*(?:[-—–~～至到]|——)[ \t\u3000]*(?:{_DATE}|\d{{1,2}}(?:\s*[日号號])?)"
               r"[ \t\u3000]*")  # '2016年10月20日-2016年11月09日', '2016年12月16-2016年12月18号', '3月1日至4月30日'
_PERIOD_MAX = 40  # a period is a short line: a longer one is tested no further
_NAME_MAX = 20  # a stage's name is a short line; a longer one is a sentence the period follows
_SENTENCE = lazy("[。，,；;！？!?：:]")
_STAGES_MIN = 2  # one dated line under a short one is no schedule
_REASON = "a stage's period under its name ('初赛作品评审' over '2016年11月10日-2016年11月13日'): the name heads it"


def _name_above(paragraphs: Sequence[Paragraph], i: int, taken: set[int]) -> bool:
    """Is the line right above paragraph `i` (no blank between) a short name, no candidate of its own?"""
    if i == 0 or i - 1 in taken:
        return False
    name = paragraphs[i - 1].text.strip()
    return (0 < len(name) <= _NAME_MAX and not _SENTENCE.search(name) and not _PERIOD.fullmatch(name)
            and line_gap(paragraphs[i - 1], paragraphs[i]) == 1)


def _under_schedule(candidates: list[Candidate], paragraphs: Sequence[Paragraph], names: list[int]) -> list[Candidate]:
    """The short line right over the first stage's name ('大赛日程'), when no candidate, heads the stages."""
    first = names[0]
    if not _name_above(paragraphs, first, {c.index for c in candidates}):
        return candidates
    at = {c.index: n for n, c in enumerate(candidates)}
    candidates, head = with_lines(candidates, {first - 1: candidates[at[first]].parent})
    for c in candidates:
        if c.index in names:
            c.parent = head[first - 1]
    return candidates


def stage_titles(candidates: list[Candidate], paragraphs: Sequence[Paragraph]) -> list[Candidate]:
    """Each kept plain title that is a period alone, right under a stage's name, gives the heading to the name."""
    taken = {c.index for c in candidates}
    periods = [n for n, c in enumerate(candidates) if c.accepted and c.match is None and c.key == "container"
               and len(paragraphs[c.index].text) <= _PERIOD_MAX and _PERIOD.fullmatch(paragraphs[c.index].text) and _name_above(paragraphs, c.index, taken)]
    if len(periods) < _STAGES_MIN:
        return candidates
    for n in periods:
        candidates[n].accepted, candidates[n].reason = False, _REASON
    dated = {candidates[n].index for n in periods}
    candidates, names = with_lines(candidates, {candidates[n].index - 1: candidates[n].parent for n in periods})
    under = {pos: names[c.index - 1] for pos, c in enumerate(candidates) if c.index in dated}
    for c in candidates:  # what hung under a period now hangs under its stage's name
        c.parent = under.get(c.parent, c.parent)
    return _under_schedule(candidates, paragraphs, sorted(i - 1 for i in dated))
