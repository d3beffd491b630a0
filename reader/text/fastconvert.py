"""A faster matcher with exactly the library's semantics over the same chain of tables.

The library (opencc-python-reimplemented) splits the text at separators, then, per piece and per step,
takes the longest key occurring anywhere in the piece (leftmost among equals), replaces it and recurses on
what lies left and right; what a table leaves unmatched goes to the next table of the step. That is the same
as: collect every key occurrence, accept them in order (longer first, then leftmost) unless one overlaps an
occurrence already accepted; the next table may use only what no earlier table took. Keys containing a
separator can never match a piece, so they are dropped and the whole text is scanned at once: no occurrence
crosses a separator, and the result is the library's, piece for piece. The tests check this equality on
all test material (tests/text/test_convert_fast.py).

Besides the text, each step reports the spans whose length changed, from which `convert` builds offset maps.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import compress
from operator import add

from reader.text.opencc_engine import Chain, EngineTable

Span = tuple[int, int, int, int]  # source start, source end, target start, target end


class Unsupported(ValueError):
    """The chain has a shape whose whole-text scan would differ from the library; use the library."""


@dataclass(frozen=True)
class _Phrases:
    """A table scanned by occurrences: every prefix of a key maps to its value, or to None if not a key."""

    prefixes: dict[str, str | None]
    # Each key's first two characters -> (the value if that is a key, whether a longer key starts so).
    first_two: dict[str, tuple[str | None, bool]]
    shortest: int


@dataclass(frozen=True)
class _Step:
    phrases: tuple[_Phrases, ...]
    chars: dict[int, str] | None  # the step's trailing one-character tables, merged for str.translate
    chars_keep_length: bool


def _phrases(mapping: dict[str, str]) -> _Phrases:
    prefixes: dict[str, str | None] = dict.fromkeys({key[:end] for key in mapping for end in range(1, len(key))})
    prefixes.update(mapping)
    first_two: dict[str, tuple[str | None, bool]] = {}
    for key in mapping:
        if len(key) >= 2:
            head = key[:2]
            first_two[head] = (mapping.get(head), len(key) > 2 or first_two.get(head, (None, False))[1])
    return _Phrases(prefixes, first_two, min(map(len, mapping), default=1))


def _usable(tables: tuple[EngineTable, ...], separators: re.Pattern, seps_made: bool) -> list[dict[str, str]]:
    """The tables without keys holding a separator: the library can match those only in separators it made."""
    usable = []
    for _longest, _shortest, mapping in tables:
        if separators.search("\u4e00".join(mapping)) is None:  # 一 is no separator: one scan for the common case
            usable.append(mapping)
            continue
        # No separator is alphanumeric: only the rare key with punctuation needs the pattern.
        kept = {k: v for k, v in mapping.items() if k.isalnum() or not separators.search(k)}
        if len(kept) != len(mapping) and seps_made:
            raise Unsupported("a later step has keys with separators that an earlier step may produce")
        usable.append(kept)
    return usable


def _compile_step(usable: list[dict[str, str]]) -> _Step:
    usable = list(usable)
    tail: list[dict[str, str]] = []
    while usable and all(len(k) == 1 for k in usable[-1]):
        tail.insert(0, usable.pop())
    chars: dict[int, str] = {}
    for mapping in tail:
        for key, value in mapping.items():
            chars.setdefault(ord(key), value)
    keep = all(len(v) == 1 for v in chars.values())
    return _Step(tuple(_phrases(m) for m in usable), chars or None, keep)


# Bump when the compiled form below changes: cached matchers of another format are rebuilt.
FORMAT = 1


class FastMatcher:
    """The library's conversion, computed by one scan per table over the whole text."""

    def __init__(self, chain: Chain, separators: re.Pattern) -> None:
        steps = []
        seps_made = False
        for tables in chain.steps:
            usable = _usable(tables, separators, seps_made)
            steps.append(_compile_step(usable))
            seps_made = seps_made or any(separators.search("\u4e00".join(m.values())) for m in usable)
        self._steps = tuple(steps)

    def to_data(self) -> list:
        """The compiled tables as plain built-in values (for marshal)."""
        return [FORMAT, [([(p.prefixes, p.first_two, p.shortest) for p in s.phrases], s.chars, s.chars_keep_length)
                         for s in self._steps]]

    @classmethod
    def from_data(cls, data: list) -> "FastMatcher":
        """Rebuild from `to_data`; ValueError when the data is not of this format."""
        if not isinstance(data, list) or len(data) != 2 or data[0] != FORMAT:
            raise ValueError("not a compiled matcher of this format")
        matcher = cls.__new__(cls)
        matcher._steps = tuple(
            _Step(tuple(_Phrases(*p) for p in phrases), chars, keep) for phrases, chars, keep in data[1]
        )
        return matcher

    def convert(self, text: str) -> str:
        for step in self._steps:
            text, _ = _apply(step, text, want_spans=False)
        return text

    def convert_spans(self, text: str) -> tuple[str, list[list[Span]]]:
        """The converted text and, per step, the spans whose length changed (in that step's coordinates)."""
        all_spans = []
        for step in self._steps:
            text, spans = _apply(step, text, want_spans=True)
            all_spans.append(spans)
        return text, all_spans


def _occurrences(table: _Phrases, text: str, taken: bytearray) -> dict[int, list[tuple[int, str]]]:
    """Every occurrence of a key in free text, by length: {length: [(start, value), ...]} in start order."""
    if table.shortest == 1:
        return _occurrences_any(table, text, taken)
    found: dict[int, list[tuple[int, str]]] = {}
    # Bigram lookups for every position at C speed; only positions where a key may start reach Python.
    heads = list(map(table.first_two.get, map(add, text, text[1:])))
    get = table.prefixes.get
    pairs: list[tuple[int, str]] = []
    n = len(text)
    for i in compress(range(len(heads)), heads):
        if taken[i]:
            continue
        value, longer = heads[i]
        if value is not None:
            pairs.append((i, value))
        if longer:
            j = i + 3
            while j <= n:
                value = get(text[i:j], _MISSING)
                if value is _MISSING:
                    break
                if value is not None:
                    bucket = found.get(j - i)
                    if bucket is None:
                        found[j - i] = [(i, value)]
                    else:
                        bucket.append((i, value))
                j += 1
    if pairs:
        found[2] = pairs
    return found


def _occurrences_any(table: _Phrases, text: str, taken: bytearray) -> dict[int, list[tuple[int, str]]]:
    """As `_occurrences`, for a table with one-character keys: positions holding a key's first character."""
    found: dict[int, list[tuple[int, str]]] = {}
    get = table.prefixes.get
    n = len(text)
    for i in compress(range(n), map(table.prefixes.__contains__, text)):
        if taken[i]:
            continue
        j = i + 1
        while j <= n:
            value = get(text[i:j], _MISSING)
            if value is _MISSING:
                break
            if value is not None:
                found.setdefault(j - i, []).append((i, value))
            j += 1
    return found


_MISSING = object()


def _apply(step: _Step, text: str, want_spans: bool) -> tuple[str, list[Span]]:
    taken = bytearray(len(text))
    accepted: list[tuple[int, int, str]] = []
    for table in step.phrases:
        found = _occurrences(table, text, taken)
        for length in sorted(found, reverse=True):
            for start, value in found[length]:
                end = start + length
                if taken.find(1, start, end) == -1:
                    taken[start:end] = b"\x01" * length
                    accepted.append((start, end, value))
    chars = step.chars
    if not accepted:
        out = text.translate(chars) if chars else text
        if want_spans and chars and not step.chars_keep_length:
            return out, _char_spans(text, 0, 0, chars)
        return out, []
    accepted.sort()
    pieces: list[str] = []
    spans: list[Span] = []
    position = 0
    target = 0
    for start, end, value in accepted:
        if start > position:
            gap = text[position:start]
            if chars:
                converted = gap.translate(chars)
                if want_spans and not step.chars_keep_length:
                    spans.extend(_char_spans(gap, position, target, chars))
                gap = converted
            pieces.append(gap)
            target += len(gap)
        pieces.append(value)
        if want_spans and len(value) != end - start:
            spans.append((start, end, target, target + len(value)))
        target += len(value)
        position = end
    if position < len(text):
        gap = text[position:]
        if chars:
            converted = gap.translate(chars)
            if want_spans and not step.chars_keep_length:
                spans.extend(_char_spans(gap, position, target, chars))
            gap = converted
        pieces.append(gap)
    return "".join(pieces), spans


def _char_spans(text: str, source: int, target: int, chars: dict[int, str]) -> list[Span]:
    """Spans of characters whose replacement has another length (none in the shipped data)."""
    spans = []
    for offset, ch in enumerate(text):
        value = chars.get(ord(ch), ch)
        if len(value) != 1:
            spans.append((source + offset, source + offset + 1, target, target + len(value)))
        target += len(value)
    return spans
