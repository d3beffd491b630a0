"""A count inside a numbered section, numbered like the sections: '3. 实际遇到哪些问题' over '1. 问题：…', '2. 问题：…',
then '4. 一张SCRUM会议照片'. The count that starts again at 1 and gives way to 4. is section 3's own: read beside 3.
and 4. it would be sections of the text. Its points that run on ('问题：…', '注册信息不符合要求：') are a list, no part
of the outline; titles ('卡片', '图片素材') are 3's sections, one level down."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reader.text.lazyre import lazy

INNER_LIST = "a list inside the section above it: its count starts again at 1 and the section's own count goes on after it"
_ITEMS_MIN = 2  # one '1.' alone is no count
_FAMILIES = frozenset(("arabic", "paren-arabic", "half-paren"))  # '1.', '（1）', '1）': the families lists use
_DIGITS = lazy(r"\d+")
_LABEL_ENDS = ("：", ":", "？", "?")


def _shape(m: Any) -> str:
    """'3. ' and '1.' read alike, '3、' does not: the marker with its number and spaces taken out."""
    return "".join(_DIGITS.sub("#", m.marker).split())


def _point(m: Any) -> bool:
    """'问题：团队成员积极性不高…', '注册信息不符合要求：': a point that runs on or labels what follows, not a title."""
    return bool(m.rest) or m.terminator in _LABEL_ENDS or m.title.rstrip()[-1:] in _LABEL_ENDS


def inner_counts(candidates: Sequence[Any]) -> None:
    """The kept numbered lines that count 1, 2, … right after a kept section n of the same marker and level, where a
    kept n + 1 of that marker and level follows them: taken out where most of them are points, else put under n. A
    count whose lines hold sections of their own stays, and so does one that itself reaches n + 1 (3. over 1. 2. 3.
    4.: which count does 4. go on?). One pass: each count is read once, from the line before its 1."""
    kept = [c for c in candidates if c.accepted]
    heads: set[int] | None = None  # the kept lines that hold sections, by id: found once a count closes
    at: dict[int, int] = {}  # candidates' positions, by id, likewise
    k = 0
    while k < len(kept) - 1:
        a = kept[k]
        m = a.match
        if m is None or m.family not in _FAMILIES or m.number < 1:
            k += 1
            continue
        shape, j = _shape(m), k + 1
        while j < len(kept) and _alike(kept[j], a, shape, j - k):
            j += 1
        if j - k - 1 < _ITEMS_MIN or j >= len(kept) or not _alike(kept[j], a, shape, m.number + 1):
            k = k + 1 if j == k + 1 else j - 1  # a count that does not close here may itself open one at its last line
            continue
        if heads is None:
            heads = {id(candidates[c.parent]) for c in kept if c.parent >= 0}
            at = {id(c): n for n, c in enumerate(candidates)}
        items = kept[k + 1:j]
        if not any(id(c) in heads for c in items):
            points = 2 * sum(_point(c.match) for c in items) > len(items)
            for c in items:
                if points:
                    c.accepted, c.reason = False, INNER_LIST
                else:
                    c.parent = at[id(a)]
        k = j


def _alike(c: Any, section: Any, shape: str, number: int) -> bool:
    """Numbered `number`, in the section's family and marker shape, at its level."""
    m = c.match
    return (m is not None and m.family == section.match.family and m.number == number and c.parent == section.parent
            and _shape(m) == shape)
