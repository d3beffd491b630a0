"""One compiled step of the fast matcher: prefix table, pair numbers, patterns (compiled on first need), tail map.

Kept as plain built-in values (`to_data`) so a compiled configuration is cached with marshal.
"""

from __future__ import annotations

import re
from functools import cached_property

from reader.text.opencc_engine import IDS_FIRST, IDS_LAST, Ranked

Match = tuple[int, int, str]  # start, end, value

# Bump when the compiled form below changes: cached matchers of another format are rebuilt.
FORMAT = 5
# A head whose keys start with at most this many characters is matched by one regular expression (a trie:
# `re` tries a position's alternatives one by one); a larger one by Python.
REGEX_FIRSTS = 300
# A tail map of at most this many characters (variants, compatibility ideographs: rare in text) joins the
# pattern as its last alternative; a larger one (the character tables) is applied by str.translate.
SPARSE_CHARS = 1500
# A stretch of at least this many characters outside a dense map is copied rather than translated: text in the
# other script (simplified text for t2s) is mostly such stretches.
CLEAN_STRETCH = 64
IDS_OPERATORS = re.compile(f"[{chr(IDS_FIRST)}-{chr(IDS_LAST)}]")


ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def _charset(chars) -> str:
    """A character class of the given characters, every astral character standing for all of them.

    A class listing astral characters is tested one by one by `re`; over-approximating them by one range
    keeps the scan at C speed, and every use here checks a candidate again.
    """
    bmp = sorted({ch for ch in chars if ord(ch) < 0x10000})
    astral = "\U00010000-\U0010ffff" if any(ord(ch) >= 0x10000 for ch in chars) else ""
    return "[" + "".join(re.escape(ch) for ch in bmp) + astral + "]"


class Step:
    """One compiled step: the head's prefix table, the tail's character map; patterns are compiled on first use."""

    def __init__(self, prefixes: dict, ranked: bool, starts: str, chars: dict[str, str], name: tuple,
                 pairs: frozenset, singles: str) -> None:
        # prefix -> value (one rank), (rank, value) (several ranks), or None for a prefix that is no key.
        self.prefixes = prefixes
        self.ranked = ranked
        self.starts = starts  # the characters that can start a head key
        self.chars = chars  # tail: character -> replacement, the earlier rank winning
        self.name = name  # the leaf names of the first rank: its identity, to fuse it with the segmentation
        self.pairs = pairs  # the first two characters of every longer key, as `_pair` numbers
        self.singles = singles  # the one-character head keys
        self.keep = all(len(v) == 1 for v in chars.values())
        self.astral_keys = any(ord(k) >= 0x10000 for k in chars)
        self.sparse = bool(chars) and len(chars) <= SPARSE_CHARS
        self.uses_regex = len(starts) <= REGEX_FIRSTS and bool(prefixes or self.sparse)
        self.dense = bool(chars) and not self.sparse

    def to_data(self) -> tuple:
        return (self.prefixes, self.ranked, self.starts, self.chars, self.name, self.pairs, self.singles)

    @cached_property
    def table(self) -> list:
        """The tail map for str.translate: a list, where an int keeps the character (a dict would raise
        KeyError for each character it lacks)."""
        table: list = list(range(0x10000))
        for key, value in self.chars.items():
            if ord(key) < 0x10000:
                table[ord(key)] = value
        return table

    @cached_property
    def chars_re(self) -> re.Pattern:
        return re.compile(_charset(self.chars))

    @cached_property
    def single_re(self) -> re.Pattern | None:
        return re.compile(_charset(self.singles)) if self.singles else None

    @cached_property
    def tail_re(self) -> re.Pattern | None:
        """A sparse tail beside a scanned head: its characters are found by their own pattern."""
        return re.compile(_charset(self.chars)) if self.sparse and not self.uses_regex else None

    @cached_property
    def any_re(self) -> re.Pattern:
        """Whether a text holds any character that can begin a match (before compiling the whole pattern)."""
        return re.compile(_charset(self.starts + ("".join(self.chars) if self.sparse else "")))

    @cached_property
    def regex(self) -> re.Pattern:
        return self._regex()

    def _regex(self) -> re.Pattern:
        """One pattern whose first match at a position is upstream's: by rank, then longest (see `_trie`)."""
        ranks: dict[int, list[str]] = {}
        for key, found in self.prefixes.items():
            if found is not None:
                ranks.setdefault(found[0] if self.ranked else 0, []).append(key)
        by_first: dict[str, list[list[str]]] = {}
        for index, rank in enumerate(sorted(ranks)):
            for key in ranks[rank]:
                by_first.setdefault(key[0], [[] for _ in ranks])[index].append(key[1:])
        branches = []
        tail = set(self.chars) if self.sparse else set()
        # `re` tries a position's alternatives in order: the most frequent first characters go first.
        for first in sorted(by_first, key=_rarity):
            rests = [_trie(keys) for keys in by_first[first] if keys]
            rest = rests[0] if len(rests) == 1 else "(?:" + "|".join(rests) + ")"
            if first in tail and rest:
                rest = f"(?:{rest})?"  # no head key here: the character alone, for the tail
            branches.append(re.escape(first) + rest)
        alone = sorted(tail.difference(by_first), key=_rarity)
        if branches:
            # Literal alternatives keep `re`'s first-character filter, which a class alternative would disable.
            branches += [re.escape(ch) for ch in alone]
        elif alone:
            branches.append(_charset(alone))
        return re.compile("|".join(branches))

    def value(self, key: str) -> str | None:
        """The replacement of what the pattern matched; None for an astral character that is no key."""
        found = self.prefixes.get(key)
        if found is None:
            return self.chars.get(key)
        return found[1] if self.ranked else found

    @cached_property
    def clean_re(self) -> re.Pattern:
        """Long stretches holding no character of the map: copied as they are, not translated."""
        return re.compile("[^" + _charset(self.chars)[1:-1] + f"]{{{CLEAN_STRETCH},}}")

    def map_chars(self, text: str) -> str:
        """The tail map applied to every character (the list holds the BMP; an astral key needs a slower pass)."""
        if self.astral_keys and ASTRAL.search(text) is not None:
            get = self.chars.get
            return "".join([get(ch, ch) for ch in text])
        table = self.table
        pieces = []
        position = 0
        for stretch in self.clean_re.finditer(text):
            start, end = stretch.span()
            if position < start:
                pieces.append(text[position:start].translate(table))
            pieces.append(stretch.group())
            position = end
        pieces.append(text[position:].translate(table) if position < len(text) else "")
        return "".join(pieces)


def _rarity(ch: str) -> tuple[int, str]:
    """Sort key putting the most frequent characters first (0: top 600, 1: top 3000, 2: the rest)."""
    from reader.text.charfreq import COMMON_CHARS, TOP_CHARS

    return (0 if ch in TOP_CHARS else 1 if ch in COMMON_CHARS else 2, ch)


def _trie(rests: list[str]) -> str:
    """A pattern matching the longest of `rests` (suffixes after a common first character; '' is one)."""
    children: dict[str, list[str]] = {}
    ends_here = False
    for rest in rests:
        if rest:
            children.setdefault(rest[0], []).append(rest[1:])
        else:
            ends_here = True
    if not children:
        return ""
    parts = [re.escape(ch) + _trie(children[ch]) for ch in sorted(children)]
    body = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
    if ends_here:
        return (body if len(parts) > 1 else "(?:" + body + ")") + "?"
    return body


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
    return Step(prefixes, several, starts, chars, name, pairs, singles)


def _pair(two: str) -> int:
    """Two characters as one number: how the UTF-32 form of a text reads them 8 bytes at a time."""
    return ord(two[0]) | ord(two[1]) << 32
