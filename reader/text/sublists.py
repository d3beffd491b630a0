"""A list counted again from 1 inside a section's decimal part: '3、具体总结' holds '3.3 比赛和活动', which holds its
own '1、技术双月刊', '2、…'; when that count ends the section's next number follows ('4、…' after '3、', or '3.4'
after '3.3'), so the list stood inside the open part, not beside the section it restarts the family of."""

from __future__ import annotations

from collections.abc import Sequence

from reader.text.candidate import nesting_key
from reader.text.decimals import decimal_parts
from reader.text.markers import HeadingMatch

_REACH = 200  # lines a restarted list and the number after it span at most: a part's own points are near


def bracketed(matches: Sequence[HeadingMatch | None], i: int, key: str, inner: Sequence[HeadingMatch | None],
              outer: Sequence[str]) -> bool:
    """The list restarted at line `i` (nesting `key`) stands inside the open decimal part: the `inner` open units are
    its family's item and, right under it, a decimal part carrying that item's number on; past the list's own count
    the next number of one of them follows before any unit of the `outer` keys."""
    if len(inner) < 2 or inner[0] is None or inner[1] is None or inner[1].family != "decimal" \
            or decimal_parts(inner[1].marker)[:1] != (inner[0].number,):
        return False  # '3.3' under '3、' carries its number on: the count is the section's, its decimals its parts
    expected = 2
    opened = {nesting_key(o): o for o in inner if o is not None}
    for k in range(i + 1, min(len(matches), i + _REACH)):
        n = matches[k]
        if n is None:
            continue
        at = nesting_key(n)
        if at == key and n.number == expected:
            expected += 1
            continue
        if at in outer:
            return False
        if at in opened:
            return _next_of(opened[at], n)
    return False


def _next_of(open_item: HeadingMatch, n: HeadingMatch) -> bool:
    """'4、' after '3、', '3.4' after '3.3': the same unit's count going on."""
    if n.family != "decimal":
        return n.number == open_item.number + 1
    before, after = decimal_parts(open_item.marker), decimal_parts(n.marker)
    return bool(before) and len(before) == len(after) and after == before[:-1] + (before[-1] + 1,)
