"""Length-preserving folding of script, width and case, so one search matches 监督, 監督 and 监督 alike.

Every character maps to exactly one character, so a span found in the folded text is the same span in the
original. The table comes from the bundled OpenCC character dictionaries (traditional to simplified, regional
variants, compatibility ideographs), plus full-width forms and ASCII case.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from reader.text import slices
from reader.text.opencc_data import load_dictionary

# Ranges whose NFKC form is a single ordinary character: Kangxi and CJK radicals that PDF extraction
# emits instead of ideographs (⼀ for 一), and compatibility ideographs (U+F900.., U+2F800..).
_NFKC_RANGES = ((0x2E80, 0x2FDF), (0xF900, 0xFAFF), (0x2F800, 0x2FA1F))
# OpenCC variant tables: key is OpenCC's standard traditional form, values are the regional forms.
_VARIANT_DICTIONARIES = ("TWVariants", "HKVariants")
_IDEOGRAPHIC_SPACE, _NBSP = 0x3000, 0x00A0


def _single(value: str) -> int | None:
    return ord(value) if len(value) == 1 else None


@lru_cache(maxsize=1)
def _script_pairs() -> dict[int, int]:
    """Character -> its simplified form, for traditional characters, regional variants and compatibility forms; built
    once (fold_table and _to_simplified each built it, 4-5 ms of a first open): never changed, callers copy it."""
    to_simple: dict[int, int] = {}
    for key, values in load_dictionary("TSCharacters").items():
        k, v = _single(key), _single(values[0])
        if k is not None and v is not None and k != v:
            to_simple[k] = v
    simplified = set(to_simple.values())
    standard_simplified = {ord(k) for k in load_dictionary("STCharacters") if len(k) == 1}
    # A regional variant (台灣 著 for 着, 香港 綫 for 線) folds like its standard form, unless it is itself a
    # standard character of either script (麼 stays apart from 幺, 才 from 纔 only through TSCharacters).
    for name in _VARIANT_DICTIONARIES:
        for key, values in load_dictionary(name).items():
            k = _single(key)
            if k is None:
                continue
            for value in values:
                v = _single(value)
                if v is None or v == k or v in to_simple or v in simplified or v in standard_simplified:
                    continue
                to_simple[v] = to_simple.get(k, k)
    for key, values in load_dictionary("CJK_Compatibility_Ideographs").items():
        k, v = _single(key), _single(values[0])
        if k is not None and v is not None and k not in to_simple:
            to_simple[k] = to_simple.get(v, v)
    return to_simple


def _resolve(table: dict[int, int], code: int) -> int:
    """Follow chains (薴 -> 苧 -> 苎) to their end, guarding against cycles."""
    seen = {code}
    while code in table and table[code] not in seen:
        code = table[code]
        seen.add(code)
    return code


@lru_cache(maxsize=1)
def fold_table() -> tuple[int, ...]:
    """Code point -> folded code point, as a sequence str.translate indexes directly (fast, no misses)."""
    return _dense(_folded())


@lru_cache(maxsize=1)
def _folded() -> dict[int, int]:
    """The code points `fold_table` changes (and a few it keeps), with their folded forms: read without walking the
    table's 200k entries, as _script_table's first build did on the first open (5 ms)."""
    pairs = dict(_script_pairs())
    for lo, hi in _NFKC_RANGES:
        for code in range(lo, hi + 1):
            if code in pairs:
                continue
            normal = unicodedata.normalize("NFKC", chr(code))
            if len(normal) == 1 and normal != chr(code):
                pairs[code] = ord(normal)
    for code in range(0xFF01, 0xFF5F):  # full-width ASCII forms
        pairs[code] = code - 0xFEE0
    pairs[_IDEOGRAPHIC_SPACE] = pairs[_NBSP] = ord(" ")
    resolved = {code: _resolve(pairs, code) for code in pairs}
    for code, target in list(resolved.items()):
        if 0x41 <= target <= 0x5A:  # ASCII case, also for letters that were full-width
            resolved[code] = target + 0x20
    for code in range(0x41, 0x5B):
        resolved[code] = code + 0x20
    return resolved


@lru_cache(maxsize=1)
def _to_simplified() -> dict[int, int]:
    """Traditional character or regional variant -> its simplified form, chains followed (derived once)."""
    pairs = _script_pairs()
    return {code: _resolve(pairs, code) for code in pairs}


@lru_cache(maxsize=1)
def script_table() -> tuple[int, ...]:
    """Code point -> its simplified form (traditional characters, regional variants), nothing else folded."""
    return _dense(_to_simplified())


def _dense(changes: dict[int, int]) -> tuple[int, ...]:
    """A code point table str.translate indexes directly: every code up to the last changed one, mapped or kept."""
    table = list(range(max(changes) + 1))
    for code, target in changes.items():
        table[code] = target
    return tuple(table)


@lru_cache(maxsize=1)
def _traditional() -> frozenset[str]:
    return frozenset(map(chr, _to_simplified()))


def has_traditional(text: str) -> bool:
    """Any traditional character (or regional variant) in the text."""
    return not _traditional().isdisjoint(text)


def simplified(text: str) -> str:
    """The text with each traditional character in its simplified form; same length, all else as written."""
    return slices.translate(text, script_table())


def fold(text: str) -> str:
    """The text with each character replaced by its simplified, half-width, lower-case form; same length."""
    return slices.translate(text, fold_table())


def same_folded(a: str, b: str) -> bool:
    """Whether two strings differ only in script, width or case."""
    return len(a) == len(b) and fold(a) == fold(b)


@lru_cache(maxsize=1)
def unfolded() -> dict[str, str]:
    """Folded character -> every other character that folds to it (监 -> 監, a -> A ａ Ａ): fold read backwards."""
    inverse: dict[int, list[int]] = {}
    for code, target in enumerate(fold_table()):
        if code != target:
            inverse.setdefault(target, []).append(code)
    return {chr(t): "".join(map(chr, codes)) for t, codes in inverse.items()}


def fold_class(ch: str) -> str:
    """A pattern class of a folded character and every character that folds to it: '监' -> '[监監]'."""
    return "[" + re.escape(ch + unfolded().get(ch, "")) + "]"


def _ideograph(code: int) -> bool:
    return 0x2E80 <= code <= 0x2FDF or 0x3400 <= code <= 0x9FFF or 0xF900 <= code <= 0xFAFF or code >= 0x20000


@lru_cache(maxsize=1)
def _script_table() -> dict[int, int]:
    """The script part of `fold_table`: ideographs to their simplified forms, every mark and letter as it is."""
    return {code: target for code, target in _folded().items()
            if code != target and _ideograph(code) and _ideograph(target)}


def fold_script(text: str) -> str:
    """The text with each Traditional or variant ideograph in its simplified form (監督 → 监督); same length, and
    nothing else changed, so a label listed in one script is found in the other at the same place."""
    return slices.translate(text, _script_table())
