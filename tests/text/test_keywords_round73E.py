"""Round 73E: a very long text's keywords come from an even sample of it, so jieba does not take minutes of CPU.

A 16 M-character collection's suggestions kept a core busy ~90 s beside the outline the reader waited for; a text up
to KEYWORD_TEXT_LIMIT characters is ranked whole, as before.
"""

from __future__ import annotations

from reader.text import keywords
from reader.text.keywords import KEYWORD_TEXT_LIMIT, keyword_sample

LINE = "各级人民政府应当依法履行职责。\n"


def test_a_text_up_to_the_limit_is_its_own_sample():
    text = LINE * (KEYWORD_TEXT_LIMIT // len(LINE))
    assert keyword_sample(text) is text


def test_a_longer_text_is_sampled_from_its_start_to_its_end_within_the_limit():
    middle = "水利工程建设管理。\n"
    text = "宪法序言。\n" + LINE * 40_000 + middle * 3000 + LINE * 40_000 + "附则结尾。\n"  # 1.3 M characters
    sample = keyword_sample(text, limit=100_000, piece=1000)
    assert len(sample) <= 100_000 and sample.startswith("宪法序言。")
    assert "水利工程建设管理" in sample  # the middle of the text has its share
    assert keyword_sample(sample, limit=100_000, piece=1000) is sample
    pieces = sample.split("\n")
    assert all(piece in text for piece in pieces)  # pieces begin at the text's line breaks: no cut words at their heads


def test_the_extractor_ranks_the_sample_not_the_whole(monkeypatch):
    ranked: list[int] = []
    extractor = keywords.KeywordExtractor()
    monkeypatch.setattr(extractor, "load", lambda: None)
    monkeypatch.setattr(extractor, "_rank", lambda text: ranked.append(len(text)) or [("建设", 1.0)])
    monkeypatch.setattr(keywords, "KEYWORD_TEXT_LIMIT", 10_000)
    assert extractor.extract(LINE * 5_000, 5) == ["建设"]
    assert ranked and ranked[0] <= 10_000
