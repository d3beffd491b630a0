"""opencc-python-reimplemented driven by the bundled current OpenCC data instead of its own dated tables.

A configuration becomes a chain of steps (upstream's normalization first, then its conversion_chain); each
step is a list of tables tried in order, as the library's groups are. Upstream's nested groups are
flattened: a `union` group (longest match across its members) becomes one merged table, the earlier member
winning a shared key; a `short_circuit` group contributes its members in order. Upstream's segmentation
(mmseg) has no counterpart in the library and is not used: the library splits at separators and takes the
longest key anywhere in a piece first.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from reader.text.opencc_data import ST_GENERATED, DictionaryStore, Table, load_config, load_dictionary

log = logging.getLogger(__name__)

# What each step's tables are for the library: (longest key, shortest key, key -> default value).
EngineTable = tuple[int, int, dict[str, str]]
# Regional phrase tables whose keys seed STPhrases_GeneratedFromRegionalPhrases (upstream data/CMakeLists.txt).
REGIONAL_PHRASES = ("HKPhrases", "TWPhrases")
GENERATED_MIN_LENGTH = 3  # upstream skips shorter projections: they would split longer Simplified words


@dataclass(frozen=True)
class Chain:
    """A configuration resolved to tables: steps applied one after another, tables within a step in order."""

    config: str
    steps: tuple[tuple[EngineTable, ...], ...]


def engine_table(table: Table) -> EngineTable:
    """The library's table form; its defaults (1, 1000) for an empty table are kept."""
    mapping = {key: values[0] for key, values in table.items()}
    lengths = [len(key) for key in mapping]
    return (max(lengths, default=1), min(lengths, default=1000), mapping)


def _leaf_name(spec: dict[str, Any]) -> str:
    """'STPhrases.ocd2' -> 'STPhrases'."""
    return spec["file"].rsplit(".", 1)[0]


def _leaves(spec: dict[str, Any], include_tofu_risk: bool) -> list[str]:
    if spec.get("may_output_tofu") and not include_tofu_risk:
        return []
    if spec.get("type") == "group":
        return [name for child in spec["dicts"] for name in _leaves(child, include_tofu_risk)]
    return [_leaf_name(spec)]


def _step_tables(spec: dict[str, Any], store: DictionaryStore, include_tofu_risk: bool) -> list[Table]:
    """Flatten one step's dictionary spec into tables tried in order."""
    if spec.get("may_output_tofu") and not include_tofu_risk:
        return []
    if spec.get("type") != "group":
        return [_get(store, _leaf_name(spec))]
    if spec.get("match_policy") == "union":
        merged: Table = {}
        for name in _leaves(spec, include_tofu_risk):
            for key, values in _get(store, name).items():
                merged.setdefault(key, values)
        return [merged]
    return [table for child in spec["dicts"] for table in _step_tables(child, store, include_tofu_risk)]


def _get(store: DictionaryStore, name: str) -> Table:
    return store.get(name, build=lambda: generate_st_phrases(store))


def build_chain(config: str, store: DictionaryStore, include_tofu_risk: bool = True) -> Chain:
    """Resolve a shipped configuration into the library's chain of tables."""
    doc = load_config(config)
    specs = [item["dict"] for item in doc.get("normalization", [])]
    specs += [item["dict"] for item in doc["conversion_chain"]]
    steps = []
    for spec in specs:
        tables = _step_tables(spec, store, include_tofu_risk)
        if tables:
            steps.append(tuple(engine_table(t) for t in tables))
    return Chain(config, tuple(steps))


def generate_st_phrases(store: DictionaryStore) -> Table:
    """Regional phrase keys projected to Simplified with t2s, mapped back (upstream's generate script)."""
    engine = LibraryEngine(build_chain("t2s", store))
    collisions: dict[str, list[str]] = {}
    for name in REGIONAL_PHRASES:
        keys = list(load_dictionary(name))
        for key in keys:
            simplified = engine.convert(key)
            if len(simplified) >= GENERATED_MIN_LENGTH:
                collisions.setdefault(simplified, []).append(key)
    for key, originals in collisions.items():
        if len(set(originals)) > 1:
            log.warning("%s: %s projects from several phrases %s; keeping the first", ST_GENERATED, key, originals)
    return {key: (originals[0],) for key, originals in sorted(collisions.items())}


def _library_class() -> type:
    """The library's OpenCC, imported only when a conversion is first needed."""
    import opencc

    class _LibraryOpenCC(opencc.OpenCC):
        """The library's matcher with its dictionary chain given rather than read from its bundled config."""

        def __init__(self, steps: tuple[tuple[EngineTable, ...], ...]) -> None:
            self._steps = steps
            super().__init__(None)
            self._init_dict()

        def _init_dict(self) -> None:
            self._dict_chain_data = [list(step) for step in self._steps]
            self._dict_init_done = True

    return _LibraryOpenCC


class LibraryEngine:
    """Conversion by the untouched library algorithm over a chain; the reference the fast matcher must equal."""

    def __init__(self, chain: Chain) -> None:
        self.chain = chain
        self._opencc = _library_class()(chain.steps)

    @property
    def separators(self):
        """The library's separator pattern (a compiled regex with one capturing group)."""
        return self._opencc.split_chars_re

    def convert(self, text: str) -> str:
        return self._opencc.convert(text)
