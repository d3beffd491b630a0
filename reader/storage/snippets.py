"""Where a search hit's snippet begins and ends: never inside a number or a Latin word, whose cut tail would read as
another figure ('…988年4月12日' for 1988, '5000元' ending '…和50…'), nor inside a date ('…12日 第七届' had lost
its year and month: the day read as another date's)."""

from __future__ import annotations

from reader.text.lazyre import lazy

SNIPPET_CONTEXT = 30  # characters either side of a hit
RUN_REACH = 12  # characters a snippet may reach further back to begin at a number's first digit
_N = "[0-9０-９〇零一二三四五六七八九十两]"  # a date's figures, Arabic, full-width or Chinese (二〇二一年十二月)
_DATE = lazy(rf"(?<!{_N}){_N}{{2,4}}年{_N}{{1,3}}月(?:{_N}{{1,3}}[日号號])?|(?<!{_N}){_N}{{1,3}}月{_N}{{1,3}}[日号號]")
DATE_REACH = 13  # the longest date _DATE takes: 2021年12月31日, 二〇二一年十二月三十一日


def _part(ch: str) -> bool:
    """A character of a number or Latin word: ASCII or full-width letters and digits, and the marks between digits."""
    return (ch.isascii() and (ch.isalnum() or ch in ".,%")) or "０" <= ch <= "９" or "Ａ" <= ch <= "ｚ"


def _inside(text: str, i: int) -> bool:
    """Whether a cut before text[i] splits a run of number or word characters."""
    return 0 < i < len(text) and _part(text[i - 1]) and _part(text[i])


def snippet_bounds(text: str, offset: int, length: int) -> tuple[int, int]:
    """The snippet's [start, end) around the hit at `offset`: SNIPPET_CONTEXT either side, moved off a split run
    (back to the run's start when it is near, else past it; the end back before it, as the text may end there)."""
    start, end = max(0, offset - SNIPPET_CONTEXT), min(len(text), offset + length + SNIPPET_CONTEXT)
    back = start
    while _inside(text, back) and start - back < RUN_REACH:
        back -= 1
    if not _inside(text, back):
        start = back
    while _inside(text, start) and start < offset:
        start += 1
    start = _date_start(text, start)
    while _inside(text, end) and end > offset + length:
        end -= 1
    return start, end


def _date_start(text: str, start: int) -> int:
    """Where the date that `start` cuts begins (`start` itself when it cuts none): at most DATE_REACH back, so the
    search looks at a bounded stretch whatever the text."""
    if start <= 0:
        return start
    for m in _DATE.finditer(text, max(0, start - DATE_REACH), min(len(text), start + DATE_REACH)):
        if m.start() < start < m.end():
            return m.start()
    return start
