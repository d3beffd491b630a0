"""Round 65V: a long document's paragraphs are converted in batches (one engine pass for many paragraphs), with every
paragraph's text and offset map exactly those of converting it alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.text import batched
from reader.text.batched import convert_batched
from reader.text.convert import CONFIGS
from reader.text.display import convert_paragraphs, converter

REPO = Path(__file__).resolve().parents[2]
SEEDS = sorted((REPO / "seeds").glob("*.txt"))

# Paragraphs in the shapes a long document holds: phrases that change length (U盘 -> 隨身碟 in s2twp), phrases that
# end or begin a paragraph, empty paragraphs, punctuation only, Traditional text, compatibility ideographs, an
# ideographic description sequence (the reference engine's path), a phrase split by the paragraph break.
PARAGRAPHS = [
    "第一章　总则",
    "",
    "请把文件存到U盘里，然后打开软件。",
    "U盘",
    "鼠标和内存，网络和软件。",
    "",
    "",
    "「引號」與《書名》，這是繁體文字。",
    "头发发展，干燥的天气里干活。",
    "數據庫裡的資訊",
    "计算",
    "机程序",
    "\uf900\uf901字形",
    "⿰氵青字",
    "。！？",
    "台湾的出租车和软件",
]


def _alone(config: str, texts: list[str]) -> list:
    conv = converter(config, "")
    return [conv.convert_mapped(text) for text in texts]


@pytest.mark.parametrize("config", sorted(CONFIGS))
@pytest.mark.parametrize("limit", [1, 40, 20_000])
def test_batches_give_each_paragraph_its_own_conversion(config, limit):
    assert convert_batched(converter(config, ""), PARAGRAPHS, limit) == _alone(config, PARAGRAPHS)


@pytest.mark.parametrize("config", ["s2t", "s2twp", "t2s", "tw2sp", "s2hk"])
def test_seed_documents_convert_as_paragraph_by_paragraph(config):
    for seed in SEEDS:
        paragraphs = seed.read_text(encoding="utf-8").split("\n")
        traditional = [converter("s2twp", "").convert(p) for p in paragraphs]
        for texts in (paragraphs, traditional):
            assert convert_paragraphs(config, "", texts) == _alone(config, texts)


@pytest.mark.parametrize("texts, limit, passes", [
    (["简体字。"] * 100, 1000, 1),  # 100 short paragraphs: one engine pass (each alone was one pass)
    (["简体字。"] * 100 + ["⿰氵青"], 1000, 100),  # an ideographic description sequence: each alone, as before
    (["简体字。" * 10] * 4, 100, 2),  # over the batch's length: two passes of two paragraphs
    (["简体字。" * 30, "汉字"], 100, 2),  # a paragraph longer than a batch: alone
])
def test_engine_passes(monkeypatch, texts, limit, passes):
    conv = converter("s2t", "")
    expected = [conv.convert(t) for t in texts]
    calls = []
    real = type(conv.fast).convert_spans

    def counted(self, text, *args, **kwargs):
        calls.append(text)
        return real(self, text, *args, **kwargs)

    monkeypatch.setattr(type(conv.fast), "convert_spans", counted)
    result = batched.convert_batched(conv, texts, limit)
    assert [c.text for c in result] == expected
    assert len(calls) == passes


def test_a_newline_made_by_the_engine_falls_back_to_one_pass_each(monkeypatch):
    conv = converter("s2t", "")
    real = type(conv.fast).convert_spans

    def extra_break(self, text, *args, **kwargs):
        out, steps = real(self, text, *args, **kwargs)
        return (out + "\n", steps) if "\n" in text else (out, steps)

    monkeypatch.setattr(type(conv.fast), "convert_spans", extra_break)
    texts = ["汉字", "简体"]
    assert [c.text for c in convert_batched(conv, texts)] == ["漢字", "簡體"]
