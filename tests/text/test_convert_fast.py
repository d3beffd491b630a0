"""The fast matcher must give exactly the reference engine's output (upstream's algorithm, written plainly)."""

from __future__ import annotations

import json
import random
import re
from functools import lru_cache

import pytest
from support import CORPUS, DATA, seed_paths

from reader.text.convert import CONFIGS, Converter, get_converter
from reader.text import fastconvert
from reader.text.fastconvert import FastMatcher, high_bytes, may_hold_ids
from reader.text.faststep import QUICK_CHARS
from reader.text.opencc_engine import Plan, ReferenceEngine, Unsupported, _ranks, ids_length


@lru_cache(maxsize=1)
def material() -> tuple[str, ...]:
    """Seeds, corpus documents and every upstream test input (and the 1.1.9 suite's lines)."""
    texts = [p.read_text(encoding="utf-8") for p in seed_paths()]
    texts += [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]
    suite = DATA / "opencc_testcases"
    texts += [case["input"] for case in json.loads((suite / "testcases.json").read_text(encoding="utf-8"))["cases"]]
    texts += [p.read_text(encoding="utf-8") for p in sorted((suite / "v1.1.9_in_ans").glob("*.in"))]
    return tuple(texts)


def keyed_noise(converter: Converter, seed: int, pieces: int = 300) -> str:
    """Dictionary keys run together, cut and overlapped, with separators: where match order matters most."""
    rng = random.Random(seed)
    plan = converter.reference.plan
    steps = plan.chain + ((plan.segmentation,) if plan.segmentation else ())
    keys = sorted({k for step in steps for _names, table in step for k in table if len(k) > 1})
    out = []
    for _ in range(pieces):
        key = rng.choice(keys)
        roll = rng.random()
        if roll < 0.2:
            key = key[rng.randrange(len(key)):]
        elif roll < 0.3:
            key += rng.choice(["，", "。", " ", "\n", "-", "、", "·", "𠮷", "\uf900", "\U0002f800", "a"])
        elif roll < 0.35:
            key = "⿰" + key[0] + "发" + key[1:]
        out.append(key)
    return "".join(out)


@pytest.mark.parametrize("config", CONFIGS)
def test_fast_matcher_is_used(config):
    assert get_converter(config).fast is not None


@pytest.mark.parametrize("config", CONFIGS)
def test_identical_to_reference_on_all_material(config):
    converter = get_converter(config)
    whole = "\n".join(material())
    assert converter.fast.convert(whole) == converter.reference.convert(whole)


@pytest.mark.parametrize("config", CONFIGS)
def test_identical_to_reference_on_overlapping_keys(config):
    converter = get_converter(config)
    for seed in range(2):
        text = keyed_noise(converter, seed)
        expected = converter.reference.convert(text)
        assert converter.convert(text) == expected
        plain = text.replace("⿰", "")
        assert converter.fast.convert(plain) == converter.reference.convert(plain)
        assert converter.convert_mapped(text).text == expected


def plan(*steps: dict, segmentation: tuple[dict, ...] | None = None) -> Plan:
    """A plan of our own: each step a tuple of ranks, each rank a key -> value table."""
    def ranked(ranks):
        return tuple(((f"t{i}",), table) for i, table in enumerate(ranks))

    return Plan("test", (), ranked(segmentation) if segmentation else None, tuple(ranked(s) for s in steps))


# Small plans of our own where maximum matching, rank order and segment walls decide the output.
PLANS = [
    # Left to right: 'ab' is taken before the longer 'bcd' can be.
    (plan(({"ab": "X", "bcd": "Y", "d": "z"},)), {"abcd": "Xcz", "bcdab": "YX", "ab-cd": "X-cz"}),
    # short_circuit: the first rank with any match wins, even if a later rank's key is longer.
    (plan(({"ab": "1"}, {"abc": "2", "c": "3"})), {"abc": "13", "xabcx": "x13x"}),
    # An astral one-character key of an earlier rank does not stand for other astral characters: 𡈽x is rank 1's.
    (plan(({"𠮷": "A", "ab": "B"}, {"𡈽x": "C"})), {"𠮷𡈽x ab": "AC B", "a𡈽xb": "aCb"}),
    # A key holding a separator matches like any other.
    (plan(({"a-b": "Q", "a": "x"},)), {"a-b a-c": "Q x-c"}),
    # The second step works within the segments the segmentation made: 'bc' spans two segments.
    (plan(({"ab": "AB", "cd": "CD"},), ({"BC": "!", "bc": "?"},), segmentation=({"ab": "AB", "cd": "CD"},)),
     {"abcd": "ABCD", "xbcx": "x?x", "abxbcx": "ABx?x"}),
]


@pytest.mark.parametrize(("the_plan", "cases"), PLANS)
@pytest.mark.parametrize("quick", [True, False])  # a converter's first short texts; later or longer ones
def test_rules_of_upstream_on_small_plans(the_plan, cases, quick, monkeypatch):
    monkeypatch.setattr(fastconvert, "QUICK_BUDGET", 10**9 if quick else 0)
    fast, reference = FastMatcher(the_plan), ReferenceEngine(the_plan)
    for text, expected in cases.items():
        assert reference.convert(text) == expected, text
        assert fast.convert(text) == expected, text


@pytest.mark.parametrize("config", CONFIGS)
def test_first_short_texts_are_matched_without_compiling_patterns_and_alike(config, monkeypatch):
    """Compiling a head's pattern costs more than matching a converter's first paragraphs by the scan."""
    monkeypatch.setattr(fastconvert, "QUICK_BUDGET", 10**9)
    converter = get_converter(config)
    paragraphs = [p for text in material() for p in text.split("\n") if 0 < len(p) <= QUICK_CHARS]
    noise = []
    for seed in range(2):
        text = keyed_noise(converter, seed)
        noise += [text[i:i + 500] for i in range(0, len(text), 500)]
    noise = [p for p in noise if not may_hold_ids(p, high_bytes(p))]  # those go to the reference engine
    pieces = paragraphs + noise
    matcher = FastMatcher(converter.reference.plan)
    quick = [matcher.convert(p) for p in pieces]
    steps = matcher._normalization + matcher._chain + [matcher._segmentation]
    assert not [name for step in steps if step for name, value in vars(step).items() if isinstance(value, re.Pattern)]
    matcher._quick_left = 0  # spent: from now on the patterns
    assert quick == [matcher.convert(p) for p in pieces]
    assert quick[len(paragraphs):] == [converter.reference.convert(p) for p in noise]


def test_ideographic_description_sequences_are_copied_whole():
    converter = get_converter("s2t")
    assert converter.convert("头发⿰发头发") == "頭髮⿰发头發"  # the sequence ⿰发头 is kept; 发 after it converts
    assert ids_length("⿰发头", 0, 3) == 3
    assert ids_length("⿰发", 0, 2) == 0  # incomplete: an ordinary character
    assert ids_length("⿲一二三", 0, 4) == 4


def test_a_union_holding_a_short_circuit_group_is_refused():
    spec = {"type": "group", "match_policy": "union", "dicts": [
        {"type": "group", "match_policy": "short_circuit", "dicts": [{"file": "A.ocd2"}, {"file": "B.ocd2"}]},
        {"file": "C.ocd2"}]}
    with pytest.raises(Unsupported):
        _ranks(spec, include_tofu_risk=True)


def test_a_dense_map_translates_blocks_from_each_mapped_character():
    step = get_converter("t2s").fast._chain[0]
    text = "简体" * 100 + "頭髮與發展" + "中文" * 40 + "乾燥𠮷" + "國" * 5000 + "简" * 3000 + "體"
    assert step.map_chars(text) == "".join(step.chars.get(ch, ch) for ch in text)


@pytest.mark.parametrize("config", CONFIGS)
def test_no_key_holds_a_line_break(config):
    """Paragraphs convert independently, and the reference path maps line by line, because of this."""
    plan = get_converter(config).reference.plan
    steps = plan.normalization + plan.chain + ((plan.segmentation,) if plan.segmentation else ())
    assert not [k for step in steps for _names, table in step for k in table if "\n" in k]


@pytest.mark.parametrize("config", CONFIGS)
def test_every_key_holds_a_gate_character(config):
    """Matching only around gate characters is exact because of this (see faststep's docstring)."""
    matcher = get_converter(config).fast
    steps = matcher._normalization + matcher._chain + ([matcher._segmentation] if matcher._segmentation else [])
    for step in steps:
        gate = set(step.gate)
        keys = [k for k, v in step.prefixes.items() if v is not None]
        assert all(not gate.isdisjoint(key) for key in keys)
        if step.sparse:
            assert gate.issuperset(step.chars)
        assert step.reach >= max(map(len, keys), default=1)


def test_windows_hold_every_match_of_a_gated_step():
    step = get_converter("tw2s").fast._chain[0]
    assert step.gated
    text = "\n".join(material())
    windows = step.windows(text)
    assert sum(end - start for start, end in windows) < len(text) // 2  # the point of the gate
    inside = [(m.start(), m.end()) for start, end in windows for m in step.regex.finditer(text, start, end)]
    assert inside == [m.span() for m in step.regex.finditer(text)]


def test_the_byte_test_finds_compatibility_ideographs_and_description_operators():
    from reader.text.faststep import high_bytes, may_hold_ids

    step = get_converter("s2t").fast._normalization[0]
    for text in ("简体中文", "a\u3000b\ufb01", "繁體"):
        assert step.surely_absent(text, high_bytes(text)), text
    for text in ("中\uf900文", "中\U0002f800", "𠮷"):  # present, or astral (then the pattern must look)
        assert not step.surely_absent(text, high_bytes(text)), text
    assert may_hold_ids("⿰发头", high_bytes("⿰发头"))
    assert not may_hold_ids("⼀部首", high_bytes("⼀部首"))  # U+2F00: same block, not an operator
