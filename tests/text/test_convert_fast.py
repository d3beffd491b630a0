"""The fast matcher must give exactly the library's output: on all test material and on adversarial text."""

from __future__ import annotations

import json
import random
from functools import lru_cache

import pytest
from support import CORPUS, DATA, seed_paths

from reader.text.convert import CONFIGS, Converter, get_converter
from reader.text.fastconvert import FastMatcher, Unsupported
from reader.text.opencc_engine import Chain, LibraryEngine, engine_table


@lru_cache(maxsize=1)
def material() -> tuple[str, ...]:
    """Seeds, corpus documents and every upstream test input (and the 1.1.9 suite's lines)."""
    texts = [p.read_text(encoding="utf-8") for p in seed_paths()]
    texts += [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]
    suite = DATA / "opencc_testcases"
    texts += [case["input"] for case in json.loads((suite / "testcases.json").read_text(encoding="utf-8"))["cases"]]
    texts += [p.read_text(encoding="utf-8") for p in sorted((suite / "v1.1.9_in_ans").glob("*.in"))]
    return tuple(texts)


@lru_cache(maxsize=None)
def library(config: str) -> Converter:
    return Converter(config, fast=False)


def keyed_noise(converter: Converter, seed: int, pieces: int = 400) -> str:
    """Dictionary keys run together, cut and overlapped, with separators: where match order matters most."""
    rng = random.Random(seed)
    keys = [k for step in converter.library.chain.steps for _, _, table in step for k in table]
    out = []
    for _ in range(pieces):
        key = rng.choice(keys)
        roll = rng.random()
        if roll < 0.2:
            key = key[rng.randrange(len(key)):]
        elif roll < 0.3:
            key += rng.choice("，。 \n-、")
        out.append(key)
    return "".join(out)


@pytest.mark.parametrize("config", CONFIGS)
def test_fast_matcher_is_used(config):
    assert get_converter(config).fast is not None


@pytest.mark.parametrize("config", CONFIGS)
def test_identical_to_library_on_all_material(config):
    fast, lib = get_converter(config), library(config)
    whole = "\n".join(material())
    assert fast.convert(whole) == lib.convert(whole)
    for text in material():
        assert fast.convert(text) == lib.library.convert(text)


@pytest.mark.parametrize("config", CONFIGS)
def test_identical_to_library_on_overlapping_keys(config):
    fast, lib = get_converter(config), library(config)
    for seed in range(3):
        text = keyed_noise(lib, seed)
        assert fast.convert(text) == lib.convert(text)
        assert fast.convert_mapped(text).text == lib.convert(text)


def table(entries: dict[str, str]):
    return engine_table({k: (v,) for k, v in entries.items()})


# Small chains of our own where longest-anywhere, group order and step order decide the output.
CHAINS = [
    ((({"ab": "X", "bcd": "Y", "d": "z"},),), ["abcd", "abcdab", "ab-cd", "dabcd"]),
    ((({"ab": "1", "bc": "2"}, {"b": "3", "c": "4"}),), ["abc", "cab", "abcbc", "bb，cc"]),
    ((({"ab": "cd"},), ({"cd": "Q", "bc": "R"},)), ["abab", "aab", "ab ab", "xab-cd"]),
    ((({"甲乙": "丙丁戊"},), ({"丁戊": "己"},), ({"己": "庚辛"},)), ["甲乙甲乙", "丁戊", "甲乙，丁戊"]),
]


@pytest.mark.parametrize(("steps", "texts"), CHAINS)
def test_identical_to_library_on_small_chains(steps, texts):
    chain = Chain("test", tuple(tuple(table(t) for t in step) for step in steps))
    lib = LibraryEngine(chain)
    fast = FastMatcher(chain, lib.separators)
    for text in texts:
        assert fast.convert(text) == lib.convert(text), text


def test_chain_it_cannot_reproduce_is_refused():
    """A later key with a separator could match only in a separator an earlier step made: leave it to the library."""
    chain = Chain("test", ((table({"a": "x-y"}),), (table({"x-y": "Z"}),)))
    lib = LibraryEngine(chain)
    assert lib.convert("a") == "Z"
    with pytest.raises(Unsupported):
        FastMatcher(chain, lib.separators)
