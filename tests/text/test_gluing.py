"""Wrapped lines glued by pieces (linear) give exactly what gluing the growing string did (quadratic)."""

from __future__ import annotations

import pytest

from reader.text.gluing import Joined, glue
from reader.text.rewrap import Line, rewrap

_LATIN = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def _old_glue(a: str, b: str) -> str:
    """The rule as it was written over whole strings (the reference)."""
    head = len(a.rstrip(_LATIN))
    tail = len(b) - len(b.lstrip(_LATIN))
    cut = 0 < head and tail < len(b) and not a[head - 1].isascii() and not b[tail].isascii()
    if a[-1].isascii() and a[-1].isalpha() and b[0].isascii() and b[0].isalpha() and not cut:
        return f"{a} {b}"
    if b[0].isascii() and b[0].isalpha() and (a[-1] in ",;:!?" or a[-1] == "." and b[0].isupper()):
        return f"{a} {b}"
    return a + b


LINES = [
    ["监督管理工作的", "若干规定"],
    ["the quick brown", "fox jumps"],
    ["增长占G", "DP比重"],  # a Latin word cut by a character-count wrap
    ["国内生产总值GDP", "增长"],
    ["Huang,", "Yuting"],
    ["Mr.", "Smith"],
    ["e.g.", "these"],
    ["年增长5.2%", "ABC"],
    ["ABC", "DEF", "中文"],  # all Latin so far: no character before the run
    ["中ABC", "DEF", "GH比"],  # the run spans pieces, Chinese on both sides: cut
    ["中ABC", "DEF", "GH ij"],
    ["word", "s", "中"],
    ["a", "b", "c", "d"],
    ["中 abc", "def"],
    ["!", "Abc"],
    ["结尾。", "Next"],
]


@pytest.mark.parametrize("lines", LINES)
def test_pieces_glue_as_the_whole_string_did(lines):
    expected = lines[0]
    joined = Joined(lines[0])
    for line in lines[1:]:
        expected = _old_glue(expected, line)
        joined.add(line)
        assert joined.length == len(expected)
    assert joined.text() == expected
    assert glue(lines[0], lines[1]) == _old_glue(lines[0], lines[1])


def test_a_long_wrapped_paragraph_is_one_paragraph_with_every_line_placed():
    body = "".join(chr(0x4E00 + (k * 7) % 3000) for k in range(3500))
    pieces = [body[i:i + 35] for i in range(0, len(body), 35)]
    lines = [Line(text=text, line=n + 1) for n, text in enumerate(pieces)]
    (text, starts), = rewrap(lines, lambda _: False)
    assert text == body
    assert [offset for offset, _ in starts] == list(range(0, len(body), 35))
