"""A team's meeting record kept to a form: the labels its template repeats under each session ('讨论主题：',
'未解决的问题：') and the English template's parts ('Agenda', 'Action points') over a record written in Chinese."""

from __future__ import annotations

import re
from collections.abc import Sequence, Set as AbstractSet

from reader.text.lazyre import lazy
from reader.text.model import Paragraph, line_gap

_TEMPLATE_LABEL = lazy(r"[\u3400-\u9fff]{2,8}[：:]")  # '未解决的问题：' alone on its line
_TEMPLATE_LABEL_SPAN = 16
_TEMPLATE_LABELS_MIN = 2


def template_labels(paragraphs: Sequence[Paragraph], labels: AbstractSet[int]) -> set[int]:
    """'讨论主题：', '未解决的问题：', '布置任务：' under each date: a label the record repeats as often as one of its
    labels over lists, once between each two of them, is the same form's part though it holds one line ('无')."""
    if not labels:
        return set()
    lines: dict[str, list[int]] = {}
    for i in [i for i, p in enumerate(paragraphs) if len(p.text) <= _TEMPLATE_LABEL_SPAN]:  # one look at short lines
        text = "".join(paragraphs[i].text.split())
        if _TEMPLATE_LABEL.fullmatch(text):
            lines.setdefault(text, []).append(i)
    known = [sorted(found) for text, found in lines.items() if len(found) >= _TEMPLATE_LABELS_MIN
             and set(found) <= labels]
    out: set[int] = set()
    for text, found in lines.items():
        if len(found) < _TEMPLATE_LABELS_MIN or set(found) & labels:
            continue
        for marks in known:
            if len(marks) == len(found) and (all(a < b for a, b in zip(marks, found))
                                             and all(b < a for b, a in zip(found, marks[1:]))
                                             or all(b < a for b, a in zip(found, marks))
                                             and all(a < b for a, b in zip(marks, found[1:]))):
                out.update(found)  # each one after (or before) its own of the known label's, none past the next
                break
    return out


_ENGLISH_PART = lazy(r"(?:[A-Z][a-z]*'?s? ){0,2}(?:Information|Agenda|Minutes?|Outcomes?|Action (?:points|items)"
                     r"(?: review)?|Attendees|Attendance|Decisions|Comments|Problems|Next steps)",
                     re.IGNORECASE)  # "Last stage's action points review"
_ENGLISH_RECORD = lazy(r"\bmeeting\b|\bminutes\b|会议|會議|例会|例會|纪要|紀要", re.IGNORECASE)
_ENGLISH_PARTS_MIN = 3
_ENGLISH_PART_MAX = 40
_APART_LOST_MAX = 1  # no more of the parts set apart by blank lines: the text lost them (a copy-paste
# or a converter's, every line under the last), so the template's own words tell its parts


def english_parts(paragraphs: Sequence[Paragraph], title: str) -> set[int]:
    """'Agenda', 'Minute', 'Action points' set apart in a team's meeting record kept in Chinese: the parts of the
    English template it follows (a Markdown note's, its '#' gone), three or more, though no Chinese line is under them."""
    if not _ENGLISH_RECORD.search(title):
        return set()
    found = [i for i, p in enumerate(paragraphs) if len(p.text) <= _ENGLISH_PART_MAX and p.text[:1].isalpha()
             and _ENGLISH_PART.fullmatch(p.text.strip()) is not None]
    apart = [i for i in found if _spaced(paragraphs, i)]  # blank lines around it: the writer's own setting apart
    if len(apart) >= _ENGLISH_PARTS_MIN:
        return set(apart)
    return set(found) if len(found) >= _ENGLISH_PARTS_MIN and len(apart) <= _APART_LOST_MAX else set()


def _spaced(paragraphs: Sequence[Paragraph], i: int) -> bool:
    """A blank line (or a line cleaned away) on either side of the paragraph: set apart as a part's title is."""
    return (i == 0 or line_gap(paragraphs[i - 1], paragraphs[i]) >= 2) \
        and (i + 1 == len(paragraphs) or line_gap(paragraphs[i], paragraphs[i + 1]) >= 2)
