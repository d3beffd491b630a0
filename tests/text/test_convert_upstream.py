"""OpenCC's own test suite through the app's conversion: every case of every configuration offered."""

from __future__ import annotations

import json
import re
from collections import Counter
from functools import lru_cache

import pytest
from support import DATA, REPO

from reader.text.convert import CONFIGS, get_converter

SUITE = DATA / "opencc_testcases"
FAILURES_DOC = REPO / "docs" / "conversion-failures.md"


@lru_cache(maxsize=1)
def cases() -> list[dict]:
    return json.loads((SUITE / "testcases.json").read_text(encoding="utf-8"))["cases"]


@lru_cache(maxsize=1)
def results() -> dict[str, list[tuple[str, bool]]]:
    """Per configuration offered: (case id, passed) for every upstream case of that configuration."""
    out: dict[str, list[tuple[str, bool]]] = {}
    for config in CONFIGS:
        converter = get_converter(config)
        out[config] = [
            (case["id"], converter.convert(case["input"]) == case["expected"][config])
            for case in cases()
            if config in case["expected"]
        ]
    return out


def documented_failures() -> set[tuple[str, str]]:
    """(config, case id) rows of the failure table in docs/conversion-failures.md."""
    rows = re.findall(r"^\| (\w+) \| (\S+) \| [a-z -]+ \|", FAILURES_DOC.read_text(encoding="utf-8"), re.M)
    return {(config, case) for config, case in rows if config in CONFIGS}


@pytest.mark.parametrize("config", CONFIGS)
def test_every_case_passes(config):
    outcome = results()[config]
    assert outcome, f"no upstream cases for {config}"
    assert [case for case, ok in outcome if not ok] == []


def test_the_whole_suite_is_run():
    total = Counter({config: len(outcome) for config, outcome in results().items()})
    assert sum(total.values()) == 500


def test_failures_are_exactly_the_documented_ones():
    failing = {(config, case) for config, outcome in results().items() for case, ok in outcome if not ok}
    assert failing == documented_failures()


RELEASE_1_1_9 = [p for p in sorted((SUITE / "v1.1.9_in_ans").glob("*.in")) if p.stem in CONFIGS]


@pytest.mark.parametrize("path", RELEASE_1_1_9, ids=lambda p: p.stem)
def test_release_1_1_9_suite(path):
    config = path.stem
    converter = get_converter(config)
    sources = path.read_text(encoding="utf-8").splitlines()
    expected = path.with_suffix(".ans").read_text(encoding="utf-8").splitlines()
    assert len(sources) == len(expected)
    assert [converter.convert(line) for line in sources] == expected
