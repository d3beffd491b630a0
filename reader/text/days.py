"""A travel diary's days: 'Day 1 潜水', 'D3', '第二天' standing alone, one after another, head its parts.

A journal of a trip titles each day by its number; the days are the text's own sections whatever their shape ('D5'
has no Chinese in it, 'D1&2' covers two days), and what a day's part titles ('群团中心', '兰师傅哒哒面') sits inside
that day. A day's number said in a sentence ('第二天我们去了群团中心，…') is no title: only short lines without a
sentence's marks are read, and only a run of three or more whose numbers go up (starting again at one for a new
trip) shows the form.
"""

from __future__ import annotations

from collections.abc import Sequence

from reader.text.lazyre import lazy
from reader.text.markers import HeadingMatch
from reader.text.model import Paragraph
from reader.text.numerals import cn_to_int

DAYS_MIN = 3  # fewer day lines show no diary
DAY_MAX = 20  # a day's title is short: 'Day 4 瞎晃+1'
_DAY = lazy(r"(?:第([一二三四五六七八九十两]{1,3}|\d{1,2})天|(?:Day|DAY|day) ?(\d{1,2})|D(\d{1,2}))"
            r"(?=$|[ \u3000&＆+＋、·]|[\u3400-\u9fff])")
_SENTENCE = frozenset("，。！？；：,!?;:…")
_SLOTS = ("上午", "下午", "中午", "早上", "晚上", "主题", "行程", "安排")  # '第一天 上午', '第一天主题 - 开营破冰':
# a programme's timetable, not a diary


def _day(text: str) -> tuple[str, int] | None:
    """The form ('第', or 'D' for 'Day N' and 'DN' alike) and the number of a day's title line."""
    text = text.strip()
    if len(text) > DAY_MAX or any(ch in _SENTENCE for ch in text) or not (m := _DAY.match(text)) \
            or text[m.end():].lstrip(" \u3000-—").startswith(_SLOTS):
        return None
    if m.group(1) is not None:
        value = int(m.group(1)) if m.group(1).isdigit() else cn_to_int(m.group(1))
        return ("第", value) if value is not None else None
    return "D", int(m.group(2) or m.group(3))


def day_titles(paragraphs: Sequence[Paragraph], matches: Sequence[HeadingMatch | None | bool]) -> list[int]:
    """The lines titling a diary's days, in order: one form, three lines or more, each day after the one before (or a
    new trip's first); none where the numbers go back anywhere else."""
    seen: dict[str, list[tuple[int, int]]] = {}
    for i, p in enumerate(paragraphs):
        if not matches[i] and p.text.strip()[:1] in "第DdＤ" and (day := _day(p.text)) is not None:
            seen.setdefault(day[0], []).append((i, day[1]))
    found: list[int] = []
    for lines in seen.values():
        numbers = [n for _, n in lines]
        if len(lines) >= DAYS_MIN and all(b > a or b <= 1 for a, b in zip(numbers, numbers[1:])):
            found.extend(i for i, _ in lines)
    return sorted(found)


def nest_in_days(candidates: list, paragraphs: Sequence[Paragraph]) -> None:
    """'群团中心', '兰师傅哒哒面' under '第二天': in an outline of unnumbered titles, the diary's days stand at one level,
    the first day's, and the titles after a day, up to the next, are its parts; a named part ('总结') closes the days,
    and what follows the last day is left as it stands (its parts or the diary's close: nothing tells them apart)."""
    chosen = [n for n, c in enumerate(candidates) if c.accepted]
    if any(candidates[n].key not in ("container", "named") or candidates[n].match is not None for n in chosen):
        return
    days = set(day_titles(paragraphs, [False] * len(paragraphs))) & {candidates[n].index for n in chosen}
    if len(days) < DAYS_MIN:
        return
    level, day, last = None, -1, max(days)  # the first day's parent, the day the titles now read fall in
    for n in chosen:
        c = candidates[n]
        if c.index in days:
            level = c.parent if level is None else level
            c.parent, day = level, n
        elif c.key == "named" or c.index + 1 in days or c.index > last:
            day = -1  # '成都' right over its '第一天' heads a new trip; after the last day, '逸事', '思考' close the diary
        elif day >= 0 and c.parent < day:
            c.parent = day
