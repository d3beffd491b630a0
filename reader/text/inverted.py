"""A rule's lists numbered the other way round: '（一）备课' over its own '一、…', '二、…', then '（二）上课'."""

from __future__ import annotations

from reader.text.markers import HeadingMatch

_INVERTED_MIN = 2  # parts that each open a count of their own: one could be a list's first item over a stray


def inverted_scheme(matches: list[HeadingMatch | None]) -> bool:
    """（一）, （二） … each right over a count of 一、 restarting at one, and no 一、 before the first: the writer set
    （一） above 一、 (a school's or a firm's rules often do), so （一） holds the 一、 under it, not the other way."""
    marked = [m for m in matches if m is not None]
    parts = [k for k, m in enumerate(marked) if m.family == "paren-cn"]
    if len(parts) < _INVERTED_MIN or any(m.family == "cn" for m in marked[:parts[0]]):
        return False
    if any(marked[k].number != n for n, k in enumerate(parts, 1)):  # (stops at the first that does not)
        return False  # the parts count on from one, as a scheme's top level does
    return all(k + 1 < len(marked) and marked[k + 1].family == "cn" and marked[k + 1].number == 1 for k in parts)
