"""Python index <-> Qt UTF-16 position: astral characters count twice on the Qt side."""

from __future__ import annotations

import pytest

from reader.ui.utf16 import Utf16Map, from_utf16, to_utf16, utf16_len

CASES = [
    # text, python index, utf-16 position
    ("abc", 2, 2),
    ("𠮷野家", 0, 0),
    ("𠮷野家", 1, 2),
    ("𠮷野家", 3, 4),
    ("a𠮷b𠮷𠮷c", 4, 6),
    ("a𠮷b𠮷𠮷c", 6, 9),
    ("", 0, 0),
]


@pytest.mark.parametrize("text,index,pos", CASES)
def test_round_trip(text, index, pos):
    assert to_utf16(text, index) == pos
    assert from_utf16(text, pos) == index
    m = Utf16Map(text)
    assert m.to_utf16(index) == pos
    assert m.from_utf16(pos) == index


def test_lengths_agree_with_the_encoding():
    text = "前𠮷中😀后\n第二段"
    assert utf16_len(text) == len(text.encode("utf-16-le")) // 2
    assert Utf16Map(text).utf16_length == utf16_len(text)


def test_a_position_inside_a_surrogate_pair_maps_to_its_character():
    text = "a𠮷b"
    assert from_utf16(text, 2) == 1  # the low surrogate of 𠮷
    assert Utf16Map(text).from_utf16(2) == 1


def test_map_matches_the_slow_functions_everywhere():
    text = "𠀀x𠀁𠀂yz😀" * 5
    m = Utf16Map(text)
    for i in range(len(text) + 1):
        assert m.to_utf16(i) == to_utf16(text, i)
        assert m.from_utf16(m.to_utf16(i)) == i


def test_out_of_range_is_clamped():
    m = Utf16Map("ab𠮷")
    assert m.to_utf16(99) == 4
    assert m.from_utf16(99) == 3
    assert m.to_utf16(-5) == 0
