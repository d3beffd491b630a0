"""Two wrapped lines a PDF extract set on one: as wide as two lines of the page's measure, and open at its end."""

from __future__ import annotations

_SHORT = 10  # columns the glued pair may fall short of two widths (the second line's own slack and a space)
_OVER = 12  # … or run past them (Latin words and a citation's '[5]' measure roughly)


def glued_pair(prev: str, w: int, wrap: int, open_end: bool) -> bool:
    """'通过合作、技术引进…提出，并迅速成为学术界和企业界关注的热点 [5] . 开放式创新的' at twice the wrap width, ending
    mid-sentence: the extract glued two of the page's wrapped lines (a raised citation mark shares their baseline),
    so the prose runs on into the next line as any wrapped line does. A Chinese prose line only: a comma inside."""
    return (open_end and 2 * wrap - _SHORT <= w <= 2 * wrap + _OVER and not prev.isascii()
            and ("，" in prev or "、" in prev))
