"""A named part over a list of its own: '【参考资料】' before a second 一、…六、 after the speech's own 一、…四、."""

from __future__ import annotations

from reader.text.markers import HeadingMatch

_LISTS = frozenset({"cn", "capital", "roman", "paren-cn"})  # a speech's points; a law's '附则' restarting 第一条
# stays beside its chapters, and a '1.' list restarts too often to tell


def restarted_under_named(matches: list[HeadingMatch | None], named: set[int]) -> set[int]:
    """The named lines after which the text's numbering starts again at one for the last time: the part holds that
    new list to the end ('【参考资料】' over '一、继续围绕…' when '一、'…'四、' stood before it), not a sibling of its
    items; a list that starts again later still ('Reference:' over '1.' in one of many dated talks) is no such part."""
    if not named:
        return set()  # no named line: none holds a list (a law with no 附则: the passes below saved)
    last_one: dict[str, int] = {}  # where each family last starts at one
    for i, m in enumerate(matches):
        if m is not None and m.number == 1:
            last_one[m.family] = i
    held: set[int] = set()
    seen: dict[str, int] = {}  # the highest number each family reached so far
    pending = -1  # the latest named line with no numbered line after it yet
    for i, m in enumerate(matches):
        if i in named:
            pending = i
            continue
        if m is None:
            continue
        if (pending >= 0 and m.family in _LISTS and m.number == 1 and seen.get(m.family, 0) >= 2
                and last_one[m.family] == i):
            held.add(pending)
        pending = -1
        seen[m.family] = max(seen.get(m.family, 0), m.number)
    return held
