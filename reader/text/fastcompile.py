"""Compiling a plan's step into a `faststep.Step` (once per configuration; the result is cached): its prefix
table, the pairs that begin keys, its gate (see faststep's docstring) and, for STPhrases, fewer entries."""

from __future__ import annotations

from reader.text.faststep import PAIR_FIRSTS, SAME, SPARSE_CHARS, Step, rarity
from reader.text.opencc_engine import Ranked

# Keys holding no character of the step's map get gate characters by a greedy cover when they are at most this many.
GREEDY_GATE_KEYS = 2000


def compile_step(ranked: Ranked) -> Step:
    """A step's ranks compiled; a rank of one-character keys after the last longer key joins the tail."""
    ranks = list(ranked)
    tail: list[dict[str, str]] = []
    while ranks and all(len(k) == 1 for k in ranks[-1][1]):
        tail.insert(0, ranks.pop()[1])
    chars: dict[str, str] = {}
    for table in tail:
        for key, value in table.items():
            chars.setdefault(key, value)
    prefixes: dict = {}
    several = len(ranks) > 1
    for rank, (_names, table) in enumerate(ranks):
        for key, value in table.items():
            for end in range(1, len(key)):
                prefixes.setdefault(key[:end], None)
            if prefixes.get(key) is None:
                prefixes[key] = (rank, value) if several else value
    starts = "".join(sorted({k[0] for k in prefixes}))
    name = ranked[0][0] if ranked else ()
    pairs = frozenset(_pair(k) for k in prefixes if len(k) == 2)
    singles = "".join(sorted(k for k, v in prefixes.items() if len(k) == 1 and v is not None))
    keys = [k for k, v in prefixes.items() if v is not None]
    gate = "".join(sorted(_gate(keys, chars, len(chars) <= SPARSE_CHARS)))
    reach = max(map(len, keys), default=1)
    if len(starts) > PAIR_FIRSTS and not several and len(chars) > SPARSE_CHARS and all(map(_one, chars.values())):
        _slim(prefixes, chars)
    return Step(prefixes, several, starts, chars, name, pairs, singles, gate, reach)


def _one(value: str) -> bool:
    return len(value) == 1


def _slim(prefixes: dict, chars: dict[str, str]) -> None:
    """Fewer objects to load for a large head scanned by Python beside a one-to-one character map (STPhrases):
    no entries for prefixes of one or two characters (its candidates are the pairs that begin keys), and SAME
    for a key whose value is what the character map gives (most of them): it is copied from the mapped text."""
    for key, value in list(prefixes.items()):
        if value is None:
            if len(key) <= 2:
                del prefixes[key]
        elif value == "".join([chars.get(ch, ch) for ch in key]):
            prefixes[key] = SAME


def _gate(keys: list[str], chars: dict[str, str], with_tail: bool) -> set[str]:
    """Characters such that every head key holds one (and every tail key, `with_tail`): those the step maps
    first, then for the keys holding none of them, greedily, the rarest characters holding the most of them
    (one per key when they are many)."""
    gate = set(chars) if with_tail else set()
    open_keys = [key for key in keys if gate.isdisjoint(key)]
    if len(open_keys) > GREEDY_GATE_KEYS:
        for key in sorted(open_keys, key=len):
            if gate.isdisjoint(key):
                gate.add(min(key, key=_gate_cost(chars)))
        return gate
    while open_keys:
        holding: dict[str, int] = {}
        for key in open_keys:
            for ch in set(key):
                holding[ch] = holding.get(ch, 0) + 1
        best = min(holding, key=lambda ch: (*_gate_cost(chars)(ch), -holding[ch], ch))
        gate.add(best)
        open_keys = [key for key in open_keys if best not in key]
    return gate


def _gate_cost(chars: dict[str, str]):
    def cost(ch: str) -> tuple[int, int]:
        rare = rarity(ch)[0]
        return (0 if ch in chars else 1, -rare)
    return cost


def _pair(two: str) -> int:
    """Two characters as one number: how the UTF-32 form of a text reads them 8 bytes at a time."""
    return ord(two[0]) | ord(two[1]) << 32
