"""Round 66F: conversion takes any Python string: a lone surrogate (from a page's broken entity, a mis-decoded word, a
pasted half of a pair) is kept as it is and converts around it, where the engine raised UnicodeEncodeError."""

from __future__ import annotations

import pytest

from reader.text.convert import CONFIGS
from reader.text.display import converter

# (text, the s2t result): a lone high or low surrogate alone, at either end, between phrases that convert, in a long
# text (past the short-text path), beside an astral character (𠮷 is a real pair, kept whole).
CASES = [
    ("\ud800", "\ud800"),
    ("\udfff", "\udfff"),
    ("发展\ud800", "發展\ud800"),
    ("\udc80监督管理", "\udc80監督管理"),
    ("头发\ud800发展", "頭髮\ud800發展"),
    ("𠮷\udfff𠮷", "𠮷\udfff𠮷"),
    ("监督管理发展。\ud800\n" * 3000, "監督管理發展。\ud800\n" * 3000),
]


@pytest.mark.parametrize("text,expected", CASES, ids=range(len(CASES)))
def test_a_lone_surrogate_is_kept_and_the_rest_converts(text, expected):
    assert converter("s2t").convert(text) == expected


@pytest.mark.parametrize("config", CONFIGS)
def test_every_configuration_takes_a_lone_surrogate(config):
    text = "软件\ud800軟體，台湾\udfff臺灣。" * 50
    out = converter(config).convert_mapped(text)
    assert out.text.count("\ud800") == 50 and out.text.count("\udfff") == 50
