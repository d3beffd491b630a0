"""A document in parts counts its top level again: a second article's '三、可扩展性' after the first one's '六、', with
'四、' and '五、' after it, starts a count of its own (its 一、 and 二、 went untitled or were cut), not a stray."""

from __future__ import annotations

from collections.abc import Sequence

from reader.text.markers import HeadingMatch
from reader.text.sequences import CHAPTER_FAMILIES

_RUN = 3  # the restarting line and the two after it number on: a count, not a cited '三、'
_TITLE_MAX = 30  # '可扩展性和定制性', '特殊情况及处理办法': parts are named in a few words


def restarted_counts(matches: Sequence[HeadingMatch | None]) -> set[int]:
    """Lines of a top-level family that go back below the number before them (to 2 or more) where the family's next
    two lines number on from them, all three titles: each opens a new count (one pass per line)."""
    seen: dict[str, list[tuple[int, int, bool]]] = {}
    for i, m in enumerate(matches):
        if m is not None and m.family in CHAPTER_FAMILIES:
            seen.setdefault(m.family, []).append((i, m.number, _titled(m)))
    out = set()
    for lines in seen.values():
        for k in range(1, len(lines) - _RUN + 1):
            i, number, _ = lines[k]
            if 2 <= number <= lines[k - 1][1] and all(lines[k + step][1] == number + step and lines[k + step][2]
                                                      for step in range(_RUN)):
                out.add(i)
    return out


def _titled(m: HeadingMatch) -> bool:
    """'三、可扩展性', '二、 投注方式：' name a part; '三、不得…；' is a clause of a quoted list."""
    return not m.rest and m.terminator in ("", "：", ":") and 0 < len(m.title) <= _TITLE_MAX
