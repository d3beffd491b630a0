"""A meeting's or an event's agenda listed up front ('议程' or 'Agenda' over '1. 回顾上周的任务', '2. 需求分析'),
then recorded in a part beside it ('Minute', '会议记录', or the event's own parts): the numbered lines under the agenda
preview the record, they are no sections of their own."""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.text.lazyre import lazy
from reader.text.model import Paragraph
from reader.text.punctuation import label_name

# '议程', '会议议程', '活動議程', 'Agenda', 'Meeting agenda': a programme, said before the meeting is held ('议题',
# a record's topics, are its parts and hold its notes)
_AGENDA = lazy(r"(?:#+)?(?:(?:会议|會議|活动|活動|本次|今日|今天)?(?:议程|議程)|(?:Meeting)?Agenda)", re.IGNORECASE)
_ITEMS_MIN = 2


def agenda_name(text: str) -> bool:
    """'会议议程：', '## Agenda': the name of a meeting's programme, and nothing more."""
    if "程" not in text and "d" not in text and "D" not in text:
        return False  # every such name holds 程 or Agenda's d: most lines are turned down by a substring test
    return _AGENDA.fullmatch(label_name(text)) is not None


def drop_agenda_previews(candidates: list, paragraphs: Sequence[Paragraph]) -> None:
    """Drop the numbered items right under an agenda when a part at the agenda's own level follows them (the record of
    the meeting, or the event's parts): the list previews what that part holds. An agenda that runs to the end holds
    the record itself, its items the record's sections ('議程' over '壹、召集人說明會議' … '陸、散會'); items with
    sections of their own under them are parts too."""
    chosen = [n for n, c in enumerate(candidates) if c.accepted]
    for k, n in enumerate(chosen):
        if not agenda_name(paragraphs[candidates[n].index].text):
            continue
        items = []
        for m in chosen[k + 1:]:
            if candidates[m].parent != n:
                break
            items.append(m)
        rest, held = chosen[k + 1 + len(items):], set(items)
        if (len(items) < _ITEMS_MIN or any(candidates[m].match is None for m in items)
                or any(candidates[r].parent in held for r in rest)
                or not any(candidates[r].parent == candidates[n].parent for r in rest)):
            continue
        for m in items:
            candidates[m].accepted = False
            candidates[m].reason = "an agenda's item: the record after it holds the part"
