"""Wrap width of a short run mixing Latin words into Chinese, whose full lines the column measure sets apart."""

from __future__ import annotations

_FULL = 4  # columns a full line of the run may fall short of its widest, once Latin is measured as it stood
_MIN_TOP = 30  # a run this narrow is no wrapped prose
_REACH = 6  # columns the widest full line may run past the width returned
_LATIN = 0.5  # the columns a proportional Latin letter or an extracted space takes (the measure gives it one)


def _shown(text: str, w: int) -> float:
    """The line's width with its ASCII characters at half a column: how wide it stood on its page."""
    narrow = len(text.encode("ascii", "ignore"))
    return w - (1 - _LATIN) * narrow


def mixed_run_width(run: list[int], widths: list[int], texts: list[str], opens: list[bool]) -> int | None:
    """A blank-separated run whose open lines fill one width once their Latin words are measured as set
    ('本文是…模板 ucasthesis 的使用说明文档。主要内容' over '为介绍 LATEX 文档类 ucasthesis 的用法，…撰写学'): the
    widest such line's columns, or None. Two full open lines are needed, and the run must not be pure Latin or pure
    Chinese (those the plain measure already reads)."""
    if len(run) < 2 or not any(texts[i].isascii() is False and len(texts[i].encode("ascii", "ignore")) for i in run):
        return None
    shown = {i: _shown(texts[i], widths[i]) for i in run}
    top = max(shown.values())
    full = [i for i in run if opens[i] and shown[i] >= top - _FULL]
    raw = [widths[i] for i in full]
    if len(full) < 2 or max(raw) < _MIN_TOP:
        return None
    return max(min(raw), max(raw) - _REACH)  # the narrowest full line falls short of it by nothing, the widest
    # (Latin-heavy) runs past it by no more than a wrapped line may


def latin_band(texts: list[str], widths: list[int], opens: list[bool], wrap: int, band: int) -> bool:
    """The document's wrap width read from English lines alone ('This paper is a help documentation …' at 86
    columns) while Chinese lines wrap elsewhere: a proportional Latin font fills a line with more characters than
    Chinese prose does, so that width says nothing of the Chinese lines, which are measured run by run instead."""
    near = [t for t, w, o in zip(texts, widths, opens) if o and wrap - band < w <= wrap + 6]
    if not near or not all(t.isascii() for t in near):
        return False
    return any(o and not t.isascii() and _MIN_TOP <= w <= wrap - band for t, w, o in zip(texts, widths, opens))
