"""Whole-text C calls cut into slices: one str.translate over megabytes holds the GIL for a tenth of a second or
more, and the window's thread waits that long for it while a worker reads a document."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence

SLICE_CHARS = 1 << 16  # about 10 ms of translate on this machine: below a frame's worth of waiting


def translate(text: str, table: Mapping[int, object] | Sequence[object]) -> str:
    """`text.translate(table)`, a slice at a time (the same result: slicing never splits a character)."""
    if len(text) <= SLICE_CHARS:
        return text.translate(table)
    return "".join(text[i:i + SLICE_CHARS].translate(table) for i in range(0, len(text), SLICE_CHARS))


def replace_chars(text: str, table: Mapping[str, str]) -> str:
    """`text.translate` for a table of few characters: one str.replace each (a C search) where a translate looks every
    character up in the table, tens of times slower on a long text; only those present are replaced."""
    for old, new in table.items():
        if old in text:
            text = text.replace(old, new)
    return text


def sub_each(pattern: re.Pattern[str], text: str, table: Mapping[str, str]) -> str:
    """Each match of a one-character `pattern` (no look-around) replaced by its entry in `table` (kept if none), a slice
    at a time: where matches are rare, far faster than a translate that looks up every character."""
    def repl(m: re.Match[str]) -> str:
        return table.get(m.group(), m.group())
    if len(text) <= SLICE_CHARS:
        return pattern.sub(repl, text)
    return "".join(pattern.sub(repl, text[i:i + SLICE_CHARS]) for i in range(0, len(text), SLICE_CHARS))


def finditer(pattern: re.Pattern[str], text: str, barrier: re.Pattern[str]) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)`, a slice at a time: one scan of a megabyte line for a rare label holds the GIL for
    tens of ms. For a pattern no match of which holds a `barrier` character, each slice ends just past one (its
    look-ahead sees it; a look-behind sees before `pos`), so no match crosses a slice's edge."""
    if len(text) <= SLICE_CHARS:
        yield from pattern.finditer(text)
        return
    pos = 0
    while pos < len(text):
        cut = barrier.search(text, pos + SLICE_CHARS) if pos + SLICE_CHARS < len(text) else None
        end = cut.end() if cut is not None else len(text)
        yield from pattern.finditer(text, pos, end)
        pos = end


def search(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """`pattern.search(text)`, a slice at a time, for a pattern of one character and no look-around (a character
    class sought through a megabyte line that holds none is one long scan)."""
    for i in range(0, len(text), SLICE_CHARS):
        if (m := pattern.search(text, i, i + SLICE_CHARS)) is not None:
            return m
    return None
