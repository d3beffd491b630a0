"""Round 72H: a converter warmed on a worker has compiled what a first screen of real text needs, so the window's
first script change of a session compiles nothing on its own thread (a character class of thousands of characters
parsed by `re` in Python and a 65,536-entry table: 40-130 ms of a frozen window)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.text.convert import Converter
from reader.text.display import convert_paragraphs

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
LAZY = ("table", "chars_re", "single_re", "single_set", "pair_re", "pair_strings", "gate_re", "_gate_bytes",
        "tail_re", "any_re", "regex")


def _compiled(conv: Converter) -> list[set[str]]:
    fast = conv.fast
    steps = [*fast._normalization, *([fast._segmentation] if fast._segmentation else []), *fast._chain]
    return [{name for name in vars(step) if name in LAZY} for step in steps]


@pytest.mark.parametrize("config, seed", [("s2t", "000_"), ("t2s", "004_"), ("s2t", "002_"), ("t2s", "000_")])
def test_a_warmed_converter_compiles_nothing_for_a_first_screen(config, seed, tmp_path, monkeypatch):
    import reader.text.convert as convert

    monkeypatch.setattr(convert, "_built", {})  # a converter of its own, as a new session's
    conv = convert.get_converter(config, tmp_path)
    conv.warm()
    before = _compiled(conv)
    (path,) = SEEDS.glob(seed + "*.txt")
    screen = [p for p in path.read_text(encoding="utf-8").split("\n") if p.strip()][:40]
    converted = convert_paragraphs(config, str(tmp_path), screen)
    assert _compiled(conv) == before
    assert [c.text for c in converted] == [Converter(config, tmp_path).convert(p) for p in screen]
