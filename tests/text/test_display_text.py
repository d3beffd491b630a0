"""The displayed body: paragraph-wise conversion with offsets mapped both ways (pure, no Qt)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from reader.text.choices import config_for
from reader.text.display import DisplayText


@dataclass(frozen=True)
class _Map:
    """A conversion that doubles one character: offsets after it shift by one."""

    at: int

    def to_target(self, offset: int) -> int:
        return offset if offset <= self.at else offset + 1

    def to_source(self, offset: int) -> int:
        return offset if offset <= self.at else max(self.at, offset - 1)


@dataclass(frozen=True)
class _Conv:
    text: str
    offsets: object


@pytest.mark.parametrize("choice,script,expected", [
    ("original", "simplified", None),
    ("s2t", "simplified", "s2t"),
    ("s2t", "traditional", None),
    ("t2s", "traditional", "t2s"),
    ("t2s", "simplified", None),
    ("s2tw", "traditional", "t2tw"),
    ("s2hk", "traditional", "t2hk"),
    ("s2tw", "mixed", "s2tw"),
    ("t2s", "mixed", "t2s"),
])
def test_config_for_a_documents_own_script(choice, script, expected):
    assert config_for(choice, script) == expected


def test_unconverted_text_maps_to_itself():
    d = DisplayText(["第一段", "第二段文字"])
    assert d.text == "第一段\n第二段文字"
    assert [d.to_display(i) for i in range(len(d.text))] == list(range(len(d.text)))
    assert d.pending() == []


def test_a_longer_conversion_shifts_the_following_offsets_and_back():
    d = DisplayText(["甲乙丙", "丁戊"], config="test")
    assert d.pending() == [0, 1]
    changed = d.set_converted(0, _Conv("甲乙乙丙", _Map(1)))
    assert changed and d.set_converted(1, _Conv("丁戊", None)) is False
    assert d.text == "甲乙乙丙\n丁戊"
    assert d.starts == [0, 5]
    assert d.to_display(2) == 3  # 丙
    assert d.to_display(4) == 5  # 丁, in the next paragraph
    assert d.to_source(5) == 4
    assert d.to_source(3) == 2
    assert d.complete


def test_paragraph_of_uses_the_right_side():
    d = DisplayText(["ab", "cd"], config="test")
    d.set_converted(0, _Conv("abX", _Map(2)))
    assert d.paragraph_of(3, displayed=True) == 0  # the '\n' after abX
    assert d.paragraph_of(3, displayed=False) == 1  # 'c' in the source


def test_set_all_stores_every_conversion_as_set_converted_does():
    from reader.text.display import DisplayText, convert_paragraphs

    paragraphs = ["他们把U盘插进电脑。", "发展与改革", "", "软件"]
    one, bulk = DisplayText(paragraphs), DisplayText(paragraphs)
    conversions = convert_paragraphs("s2twp", "", paragraphs)
    for i, conversion in enumerate(conversions):
        one.set_converted(i, conversion)
    bulk.set_all(conversions)
    assert bulk.shown == one.shown and bulk.text == one.text and bulk.starts == one.starts
    assert bulk.done == one.done and bulk._maps == one._maps and bulk.to_source(12) == one.to_source(12)
