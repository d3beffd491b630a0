"""Upstream OpenCC's conversion algorithm over the bundled data: the plan of a configuration and its reference engine.

A configuration (resources/opencc/config) becomes a `Plan`, read the way upstream's Config.cpp reads it:
an optional normalization chain applied to the whole text first, an optional maximum-matching segmentation,
and the conversion chain applied within each segment, step after step. Each step matches through a dictionary
tree; here a tree is a tuple of ranked tables (upstream src/DictGroup.cpp, src/PrefixMatch.cpp):

- a `union` group of leaves is one table: the longest key of any member wins and, as members can only share a
  key of equal length, the earlier member's entry is kept;
- a `short_circuit` group tries its members in order: the first whose longest key matches wins, even when a
  later member has a longer key, so its members become consecutive ranks.

At each position a step takes the longest key of the lowest rank that has one; with no key it copies one
character, or a whole ideographic description sequence (U+2FF0..U+2FFF operators, upstream src/UTF8Util.hpp),
and goes on after it (src/Conversion.cpp). The segmentation does the same over its dictionary and emits each
matched key as a segment and each unmatched stretch as one segment (src/MaxMatchSegmentation.cpp).

`ReferenceEngine` is that algorithm written plainly, position by position: the tests' reference, and the
engine for text holding ideographic description sequences. `fastconvert` computes the same faster.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from reader.text.opencc_data import ST_GENERATED, DictionaryStore, Table, load_config, load_dictionary

log = logging.getLogger(__name__)

# Regional phrase tables whose keys seed STPhrases_GeneratedFromRegionalPhrases (upstream data/CMakeLists.txt).
REGIONAL_PHRASES = ("HKPhrases", "TWPhrases")
GENERATED_MIN_LENGTH = 3  # upstream skips shorter projections: they would split longer Simplified words

# One dictionary table of a step: key -> default value, and the leaf names it was merged from (its identity).
Ranked = tuple[tuple[tuple[str, ...], dict[str, str]], ...]

IDS_FIRST, IDS_LAST = 0x2FF0, 0x2FFF
_IDS_ARITY = {0x2FF2: 3, 0x2FF3: 3, 0x2FFE: 1, 0x2FFF: 1}
IDS_MAX_DEPTH, IDS_MAX_CODE_POINTS = 16, 64


class Unsupported(ValueError):
    """A dictionary tree this engine does not model (a union holding a short_circuit group)."""


@dataclass(frozen=True)
class Plan:
    """A configuration resolved to ranked tables: normalization steps, segmentation, conversion steps."""

    config: str
    normalization: tuple[Ranked, ...]
    segmentation: Ranked | None
    chain: tuple[Ranked, ...]


def _leaf_name(spec: dict[str, Any]) -> str:
    """'STPhrases.ocd2' -> 'STPhrases'."""
    return spec["file"].rsplit(".", 1)[0]


def _ranks(spec: dict[str, Any], include_tofu_risk: bool) -> list[list[str]]:
    """A dictionary tree as ranks, each the leaf names merged into one table."""
    if spec.get("may_output_tofu") and not include_tofu_risk:
        return []
    if spec.get("type") != "group":
        return [[_leaf_name(spec)]]
    children = [_ranks(child, include_tofu_risk) for child in spec["dicts"]]
    if spec.get("match_policy", "short_circuit") == "union":
        if any(len(ranks) > 1 for ranks in children):
            raise Unsupported("a union group holding a short_circuit group")
        return [[name for ranks in children for rank in ranks for name in rank]] if any(children) else []
    return [rank for ranks in children for rank in ranks]


def _table(names: list[str], store: DictionaryStore) -> tuple[tuple[str, ...], dict[str, str]]:
    """The leaves merged, the earlier leaf keeping a shared key, values reduced to their default."""
    merged: dict[str, str] = {}
    for name in names:
        for key, values in _get(store, name).items():
            merged.setdefault(key, values[0])
    return tuple(names), merged


def _ranked(spec: dict[str, Any], store: DictionaryStore, include_tofu_risk: bool) -> Ranked:
    return tuple(_table(names, store) for names in _ranks(spec, include_tofu_risk))


def _get(store: DictionaryStore, name: str) -> Table:
    return store.get(name, build=lambda: generate_st_phrases(store))


def build_plan(config: str, store: DictionaryStore, include_tofu_risk: bool = True) -> Plan:
    """Resolve a shipped configuration; tofu-risk tables are included by default, as upstream's library does."""
    doc = load_config(config)

    def steps(items: list[dict[str, Any]]) -> tuple[Ranked, ...]:
        out = (_ranked(item["dict"], store, include_tofu_risk) for item in items)
        return tuple(step for step in out if step)

    segmentation = doc.get("segmentation")
    return Plan(
        config,
        steps(doc.get("normalization", [])),
        _ranked(segmentation["dict"], store, include_tofu_risk) if segmentation else None,
        steps(doc["conversion_chain"]),
    )


def generate_st_phrases(store: DictionaryStore) -> Table:
    """Regional phrase keys projected to Simplified with t2s, mapped back (upstream's generate script)."""
    engine = ReferenceEngine(build_plan("t2s", store))
    collisions: dict[str, list[str]] = {}
    for name in REGIONAL_PHRASES:
        for key in load_dictionary(name):
            simplified = engine.convert(key)
            if len(simplified) >= GENERATED_MIN_LENGTH:
                collisions.setdefault(simplified, []).append(key)
    for key, originals in collisions.items():
        if len(set(originals)) > 1:
            log.warning("%s: %s projects from several phrases %s; keeping the first", ST_GENERATED, key, originals)
    return {key: (originals[0],) for key, originals in sorted(collisions.items())}


def ids_length(text: str, start: int, end: int) -> int:
    """Length of the complete ideographic description sequence at `start` (within `end`), else 0."""
    if not IDS_FIRST <= ord(text[start]) <= IDS_LAST:
        return 0
    count = 0

    def consume(i: int, depth: int) -> int:  # end of the sequence from i; -1 incomplete or invalid
        nonlocal count
        if i >= end or depth == 0 or count >= IDS_MAX_CODE_POINTS:
            return -1
        count += 1
        code = ord(text[i])
        arity = _IDS_ARITY.get(code, 2) if IDS_FIRST <= code <= IDS_LAST else 0
        i += 1
        for _ in range(arity):
            i = consume(i, depth - 1)
            if i < 0:
                return -1
        return i

    stop = consume(start, IDS_MAX_DEPTH)
    return stop - start if stop > 0 else 0


def longest(ranked: Ranked, text: str, start: int, end: int, limits: tuple[int, ...]) -> tuple[int, str] | None:
    """(length, value) of the match at `start` within `end`: the longest key of the first rank that has one."""
    for (_names, table), limit in zip(ranked, limits):
        for stop in range(min(end, start + limit), start, -1):
            value = table.get(text[start:stop])
            if value is not None:
                return stop - start, value
    return None


def _longest_key(ranked: Ranked) -> tuple[int, ...]:
    """Each rank's longest key."""
    return tuple(max(map(len, table), default=1) for _names, table in ranked)


def segment(ranked: Ranked, text: str) -> list[str]:
    """Upstream's maximum-matching segmentation: matched keys, and the unmatched stretches between them."""
    limit = _longest_key(ranked)
    segments: list[str] = []
    pending = i = 0
    while i < len(text):
        found = longest(ranked, text, i, len(text), limit)
        if found is None:
            i += ids_length(text, i, len(text)) or 1
            continue
        if pending < i:
            segments.append(text[pending:i])
        segments.append(text[i:i + found[0]])
        i = pending = i + found[0]
    if pending < len(text):
        segments.append(text[pending:])
    return segments


def convert_step(ranked: Ranked, text: str, limit: tuple[int, ...] | None = None) -> str:
    """One conversion step over one segment."""
    limit = _longest_key(ranked) if limit is None else limit
    out = []
    i = 0
    while i < len(text):
        found = longest(ranked, text, i, len(text), limit)
        if found is None:
            step = ids_length(text, i, len(text)) or 1
            out.append(text[i:i + step])
            i += step
        else:
            out.append(found[1])
            i += found[0]
    return "".join(out)


class ReferenceEngine:
    """Upstream's algorithm, position by position: slow, plain, and the reference the fast matcher must equal."""

    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        self._limits = {id(step): _longest_key(step) for step in plan.normalization + plan.chain}

    def convert(self, text: str) -> str:
        for step in self.plan.normalization:
            text = convert_step(step, text, self._limits[id(step)])
        segments = segment(self.plan.segmentation, text) if self.plan.segmentation else [text]
        out = []
        for piece in segments:
            for step in self.plan.chain:
                piece = convert_step(step, piece, self._limits[id(step)])
            out.append(piece)
        return "".join(out)
