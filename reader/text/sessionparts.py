"""The parts a record kept session by session gives each session: the titles its template repeats under them
('讨论记录', '下一次会议内容'), the label it opens each session's notes with ('會議內容：'), a field, and, in a record
typed without blank lines, the notes themselves, however short."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence, Set as AbstractSet

from reader.text.meetings import SESSIONS_MIN, TEMPLATE_TITLE_MAX
from reader.text.model import Paragraph, packed_paragraphs

_TEMPLATE_STOPS = "，,。；;：:！？!?、（）()《》“”"  # a clause, a field or a note: no part's name


def session_titles(paragraphs: Sequence[Paragraph], sessions: AbstractSet[int]) -> set[int]:
    """'讨论记录', '会议详情', '下一次会议内容' under each '第N次会议记录': short bare lines the record repeats under
    three of its sessions or more (and under most of them) are the parts its template gives every session, each
    time it stands there (after a list's last item too, once the sessions show it a part)."""
    if len(sessions) < SESSIONS_MIN:
        return set()
    starts = sorted(sessions)
    under: dict[str, set[int]] = {}
    lines: dict[str, list[int]] = {}
    k = -1
    for i in range(starts[0] + 1, len(paragraphs) - 1):
        if k + 1 < len(starts) and starts[k + 1] <= i:
            k += 1
            if starts[k] == i:
                continue
        text = "".join(paragraphs[i].text.split())
        above = paragraphs[i - 1].text.strip()
        if 2 <= len(text) <= TEMPLATE_TITLE_MAX and not any(ch in _TEMPLATE_STOPS for ch in text) \
                and text[:1].isalpha():
            lines.setdefault(text, []).append(i)
            if i - 1 in sessions or len(above) > 2 * TEMPLATE_TITLE_MAX:  # (after a short line, a field of a
                under.setdefault(text, set()).add(k)  # form copied a cell a line: '时间' over '2022年10月3日')
    return {i for text, held in under.items()
            if len(held) >= SESSIONS_MIN and 2 * len(held) > len(starts) for i in lines[text]}


def session_fields(labels: AbstractSet[int], sessions: AbstractSet[int]) -> set[int]:
    """'會議內容：' over '1. …' under each dated session, one label a session: the field its record opens the
    session's notes with, no part of it ('会议议题', '讨论内容', '决策事项' under one session are its parts)."""
    starts = sorted(sessions)
    held: dict[int, list[int]] = {}
    for i in labels:
        if (k := bisect_right(starts, i)) > 0:
            held.setdefault(k, []).append(i)
    if len(held) < SESSIONS_MIN or any(len(lines) > 1 for lines in held.values()):
        return set()
    return {i for lines in held.values() for i in lines}


def packed_notes(paragraphs: list[Paragraph], sessions: AbstractSet[int], lines: AbstractSet[int]) -> set[int]:
    """'PDA叫料，OWL分配物料，下发搬运任务' among the lines under '2021年7月20日': in a record typed without blank lines,
    a short line under a dated session is one of its notes, not a title, however it stands out from its neighbours
    (`lines`: the plain titles found; those over the first session and the template's parts are not asked)."""
    if not sessions or not lines or not packed_paragraphs(paragraphs):
        return set()
    first = min(sessions)
    return {i for i in lines if i > first and i not in sessions}
