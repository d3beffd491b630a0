"""A record kept meeting by meeting names some sessions by their date and others by their count: '2024-03-20 项目启动会议'
beside '第二次会议记录：', '第三次会议记录：'. The dated ones are sessions as much as the counted ones."""

from __future__ import annotations

from collections.abc import Sequence, Set as AbstractSet

from reader.text.meetings import SESSION_DATE
from reader.text.model import Paragraph

_TITLE_MAX = 20  # '2024-04-16 功能开发会议': a date, then a short name for the meeting
_MEETING_ENDS = ("会议", "會議", "例会", "例會", "组会", "組會", "周会", "週會", "讨论会", "討論會", "碰头会", "碰頭會")
_STOPS = "，,。；;！？!?、：:（）()《》“”"  # a sentence, a label or a note: no session's name
_SESSIONS_MIN = 3
_SPAN_MIN = 3  # the date's line and two of its own at least


def dated_meetings(paragraphs: Sequence[Paragraph], counted: AbstractSet[int]) -> set[int]:
    """'2024-04-16 功能开发会议' standing alone beside the '第N次会议' of a record of counted sessions: a date, then a
    name that ends in 会议 (or 例会, 组会…), each holding lines of its own; one more session each (none unless the
    record counts two sessions at least; the dated and counted together three or more)."""
    if len(counted) < 2:
        return set()
    found: list[int] = []
    for i, p in enumerate(paragraphs):
        text = p.text.strip()
        if not text[:1].isdigit() or i in counted or (m := SESSION_DATE.match(text)) is None:
            continue  # one look at most lines: they open with no digit
        rest = text[m.end():].strip()
        if 2 < len(rest) <= _TITLE_MAX and rest.endswith(_MEETING_ENDS) and not any(ch in _STOPS for ch in rest):
            found.append(i)
    if not found or len(found) + len(counted) < _SESSIONS_MIN:
        return set()
    starts = sorted(set(found) | counted) + [len(paragraphs)]
    spans = {a: b - a for a, b in zip(starts, starts[1:])}
    return set(found) if all(spans[i] >= _SPAN_MIN for i in found) else set()


def lift_sessions(candidates: list, sessions: AbstractSet[int]) -> None:
    """A record of sessions is read session by session: each session stands at the top, and what the outline put
    over it, or before it, holds nothing of the next session ('讨论内容' of the first meeting over the second
    meeting's '会议议题'): a title from an earlier session goes under the session it sits in (only when every session
    is a heading, the first one opens the outline and some session was put under another title)."""
    chosen = [n for n, c in enumerate(candidates) if c.accepted]
    at = {candidates[n].index: n for n in chosen}
    if len(sessions) < _SESSIONS_MIN or not sessions <= at.keys() or candidates[chosen[0]].index not in sessions \
            or all(candidates[at[i]].parent < 0 for i in sessions):
        return  # the sessions stand at the top already: what is under them is theirs
    head = -1
    for n in chosen:
        c = candidates[n]
        if c.index in sessions:
            head, c.parent = n, -1
        elif c.parent < head:
            c.parent = head


def nest_in_sessions(candidates: list, sessions: AbstractSet[int]) -> None:
    """'议题：' over its '1、…' after '2021/12/31 …发布评审': in a record of sessions at the top, opened by its first
    session, a title the outline left at the top beside them is a part of the session it sits in, numbered parts in
    the record or not (the plain outline's case is `meetings.nest_under_sessions`); a title that took in a count's
    later items, its earlier ones sitting elsewhere, is left where it stands (it is no part of the session)."""
    chosen = [n for n, c in enumerate(candidates) if c.accepted]
    at = {candidates[n].index: n for n in chosen}
    if len(sessions) < _SESSIONS_MIN or not sessions <= at.keys() or candidates[chosen[0]].index not in sessions \
            or any(candidates[at[i]].parent >= 0 for i in sessions):
        return  # a session under another title: `lift_sessions` reads the record
    broke = {c.parent for c in map(candidates.__getitem__, chosen)  # '移植' between '2.' and '3.' of one count
             if c.parent >= 0 and 0 <= c.run < len(candidates) and candidates[c.run].parent != c.parent}
    head = -1
    for n in chosen:
        c = candidates[n]
        if c.index in sessions:
            head = n
        elif c.parent < 0 and head >= 0 and n not in broke:
            c.parent = head
