"""One compiled step of the fast matcher: prefix table, pair numbers, gate, patterns (compiled on first need), tail map.

A step's gate is a set of characters such that every key of the step (head or tail) holds one of them: each tail
character, and for each head key one of its characters, the rarest in text of the other script. Nothing can match
farther than the longest key from a gate character, so only the windows around gate characters are matched.
Kept as plain built-in values (`to_data`) so a compiled configuration is cached with marshal; what a cached
converter reads at load is kept small (see LAZY_KEYS), and a converter's first short texts are matched without
compiling patterns (QUICK_CHARS), so that it is ready in tens of milliseconds.
"""

from __future__ import annotations

import marshal
import re
from functools import cached_property

from reader.text.lazyre import lazy
from reader.text.opencc_engine import IDS_FIRST, IDS_LAST

Match = tuple[int, int, str]  # start, end, value
# The value of a key that converts as its characters do (see `_slim`); marshal keeps False.
SAME = False

# Bump when the compiled form below changes: cached matchers of another format are rebuilt.
FORMAT = 11
# A head whose keys start with at most REGEX_FIRSTS characters is matched by one regular expression (see
# `Step._pair_regex`); a larger one by Python, at candidates found by `re` (up to PAIR_FIRSTS first characters,
# the regional phrases) or from the text's UTF-32 form (STPhrases).
REGEX_FIRSTS, PAIR_FIRSTS = 300, 1000
# A larger head whose gate (see above) has at most GATE_CHARS characters (the variants': rare in text) is matched
# by its pattern too, only in the windows around them.
GATE_CHARS = 100
# A tail map of at most this many characters (variants, compatibility ideographs: rare in text) joins the
# pattern as its last alternative; a larger one (the character tables) is applied by str.translate.
SPARSE_CHARS = 1500
# A dense map is applied by translating a block from each character it maps on, MAP_BLOCK characters long and
# doubling (up to MAP_BLOCK_MAX) while the next block starts with one too: the text in between, up to the next
# such character (the other script: simplified text for t2s), is copied as it is.
MAP_BLOCK, MAP_BLOCK_MAX = 64, 4096
# A text up to this long is translated whole: looking for mapped characters pays only on longer ones, and its
# pattern (thousands of characters) is compiled when the first such text comes, not for a converter's first lines.
MAP_WHOLE = 2000
# A text up to QUICK_CHARS long is matched without the step's patterns, by the scan of the large heads (see
# `fastconvert._scan`), until a converter has matched QUICK_BUDGET characters that way: compiling a head's pattern
# costs 10-60 ms (`re` parses in Python), more than matching the first paragraphs without it.
QUICK_CHARS, QUICK_BUDGET = 2000, 50_000
# A gate of characters from at most this many 256-character blocks (the compatibility ideographs: two) is looked
# for in the high bytes of the text's UTF-16 form, which is faster than a pattern.
BYTE_GATE_BLOCKS = 4
# A head scanned by Python with more prefixes than this (STPhrases: 70,000) is cached in parts by first character,
# each read when a text first holds a candidate starting with it (see `Step.load_keys`); a text of at least
# LOAD_ALL_CHARS characters reads all the parts left, so long conversions stop checking.
LAZY_KEYS, LOAD_ALL_CHARS = 10_000, 100_000
IDS_OPERATORS = lazy(f"[{chr(IDS_FIRST)}-{chr(IDS_LAST)}]")


ASTRAL = lazy("[\U00010000-\U0010ffff]")


def _charset(chars) -> str:
    """A character class of the given characters, every astral character standing for all of them.

    A class listing astral characters is tested one by one by `re`; over-approximating them by one range
    keeps the scan at C speed, and every use here checks a candidate again.
    """
    codes = sorted({ord(ch) for ch in chars})
    astral = codes and codes[-1] >= 0x10000
    runs: list[list[int]] = []  # consecutive code points as one range: fewer items for `re` to parse
    for code in codes:
        if code >= 0x10000:
            break
        if runs and runs[-1][1] == code - 1:
            runs[-1][1] = code
        else:
            runs.append([code, code])
    body = "".join(_escape(a) if a == b else _escape(a) + "-" + _escape(b) for a, b in runs)
    return "[" + body + ("\U00010000-\U0010ffff" if astral else "") + "]"


def _escape(code: int) -> str:
    """A character as a class member: the class's own metacharacters and ASCII escaped, the rest as it is."""
    ch = chr(code)
    return re.escape(ch) if code < 0x80 else ch


class Step:
    """One compiled step: the head's prefix table, the tail's character map; patterns are compiled on first use."""

    def __init__(self, prefixes: dict, ranked: bool, starts: str, chars: dict[str, str], name: tuple,
                 pairs: frozenset, singles: str, gate: str, reach: int, pending: dict | None = None) -> None:
        # prefix -> value (one rank), (rank, value) (several ranks), or None for a prefix that is no key.
        self.prefixes = prefixes
        # first character -> the marshalled prefixes starting with it, not read into `prefixes` yet.
        self.pending = pending if pending is not None else {}
        self.ranked = ranked
        self.starts = starts  # the characters that can start a head key
        self.chars = chars  # tail: character -> replacement, the earlier rank winning
        self.name = name  # the leaf names of the first rank: its identity, to fuse it with the segmentation
        self.pairs = pairs  # the first two characters of every longer key, as `_pair` numbers
        self.singles = singles  # the one-character head keys
        self.gate = gate  # every key holds one of these characters (see the module's docstring)
        self.reach = reach  # the longest key's length
        self.keep = all(len(v) == 1 for v in chars.values())
        self.astral_keys = any(ord(k) >= 0x10000 for k in chars)
        self.sparse = bool(chars) and len(chars) <= SPARSE_CHARS
        self.uses_regex = bool(prefixes or self.pending or self.sparse) and (
            len(starts) <= REGEX_FIRSTS or len(starts) <= PAIR_FIRSTS and len(gate) <= GATE_CHARS)
        self.dense = bool(chars) and not self.sparse
        # A head of many first characters is matched only in the windows around its gate characters.
        self.gated = self.uses_regex and len(starts) > REGEX_FIRSTS

    def to_data(self) -> tuple:
        """Plain built-in values for marshal; a large scanned head in parts by first character (see LAZY_KEYS),
        a one-to-one tail as two strings (70,000 and 4,000 fewer objects to read at load)."""
        prefixes, pending = self.prefixes, dict(self.pending)
        if not self.uses_regex and (pending or len(prefixes) > LAZY_KEYS):
            parts: dict[str, dict] = {}
            for key, value in prefixes.items():
                parts.setdefault(key[0], {})[key] = value
            pending.update((first, marshal.dumps(part)) for first, part in parts.items())
            prefixes = {}
        chars = ("".join(self.chars), "".join(self.chars.values())) if self.keep else self.chars
        return (prefixes, self.ranked, self.starts, chars, self.name, self.pairs, self.singles, self.gate,
                self.reach, pending)

    @classmethod
    def from_data(cls, data: tuple) -> "Step":
        """Rebuild from `to_data`."""
        prefixes, ranked, starts, chars, *rest = data
        if isinstance(chars, tuple):
            keys, values = chars
            chars = dict(zip(keys, values))
        return cls(prefixes, ranked, starts, chars, *rest)

    def load_keys(self, text: str, positions: list[int]) -> None:
        """Read the parts of the head that keys at these positions of the text start in (all, for a long text).

        A part joins `prefixes` before it leaves `pending`, so a thread that finds it gone also finds its keys.
        """
        pending = self.pending
        if len(text) >= LOAD_ALL_CHARS:
            firsts = list(pending)
        else:
            firsts = pending.keys() & set(map(text.__getitem__, positions))
        for first in firsts:
            part = pending.get(first)
            if part is not None:
                self.prefixes.update(marshal.loads(part))
                pending.pop(first, None)

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
    def single_set(self) -> frozenset[str]:
        return frozenset(self.singles)

    @cached_property
    def pair_re(self) -> re.Pattern | None:
        """Where a longer key may start: its first character, then one that can follow it (None: too many)."""
        if len(self.starts) > PAIR_FIRSTS:
            return None
        longer = [key for key in self.prefixes if len(key) == 2]
        return re.compile(_charset({k[0] for k in longer}) + "(?=" + _charset({k[1] for k in longer}) + ")")

    @cached_property
    def pair_strings(self) -> frozenset[str]:
        return frozenset(key for key in self.prefixes if len(key) == 2)

    @cached_property
    def gate_re(self) -> re.Pattern:
        return re.compile(_charset(self.gate))

    @cached_property
    def _gate_bytes(self) -> tuple[bytes, ...] | None:
        """The high bytes of the gate's UTF-16 units, when they are few (else None)."""
        blocks = {ord(ch) >> 8 for ch in self.gate if ord(ch) < 0x10000}
        return tuple(bytes([b]) for b in sorted(blocks)) if len(blocks) <= BYTE_GATE_BLOCKS else None

    def surely_absent(self, text: str, high: bytes) -> bool:
        """Whether the text certainly holds no gate character (a cheap test; False means: look); `high` is
        `high_bytes(text)`."""
        blocks = self._gate_bytes
        if blocks is None:
            return False
        if len(high) != len(text) and any(ord(ch) >= 0x10000 for ch in self.gate):
            return False
        return not any(b in high for b in blocks)

    def windows(self, text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
        """The merged stretches within which every match of the step lies: around each gate character, as far
        as the longest key reaches (the whole stretch, if the step is not gated and any key can start in it)."""
        end = len(text) if end is None else end
        if not self.gated:
            return [(start, end)] if self.any_re.search(text, start, end) is not None else []
        reach = self.reach
        out: list[tuple[int, int]] = []
        low = high = -1
        for m in self.gate_re.finditer(text, start, end):
            p = m.start()
            if p - reach < high:
                high = p + reach
                continue
            if high > 0:
                out.append((max(low, start), min(high, end)))
            low, high = p - reach + 1, p + reach
        if high > 0:
            out.append((max(low, start), min(high, end)))
        return out

    @cached_property
    def tail_re(self) -> re.Pattern:
        """A sparse tail beside a scanned head: its characters are found by their own pattern."""
        return re.compile(_charset(self.chars))

    def tail_hits(self, text: str, quick: bool) -> list[Match]:
        """The positions of a sparse tail's characters, as one-character matches (`quick`: without the pattern)."""
        chars = self.chars
        if quick:
            return [(i, i + 1, chars[ch]) for i, ch in enumerate(text) if ch in chars]
        return [(m.start(), m.start() + 1, chars[m.group()]) for m in self.tail_re.finditer(text)
                if m.group() in chars]

    @cached_property
    def any_re(self) -> re.Pattern:
        """Whether a text holds any character that can begin a match (before compiling the whole pattern)."""
        return re.compile(_charset(self.starts + ("".join(self.chars) if self.sparse else "")))

    @cached_property
    def regex(self) -> re.Pattern:
        return self._regex()

    def _ranks(self) -> dict[int, list[str]]:
        ranks: dict[int, list[str]] = {}
        for key, found in self.prefixes.items():
            if found is not None:
                ranks.setdefault(found[0] if self.ranked else 0, []).append(key)
        return ranks

    def _regex(self) -> re.Pattern:
        """One pattern whose first match at a position is upstream's (see `_pair_regex`); a tail alone: a class."""
        ranks = self._ranks()
        return self._pair_regex(ranks) if ranks else re.compile(_charset(self.chars))

    def _pair_regex(self, ranks: dict[int, list[str]]) -> re.Pattern:
        """Upstream's rule in a form where a position that begins no key costs `re` little: its character is
        tested against one class, and per rank the next against another; only then are that rank's keys, sorted
        by second character, tried, each checking its first by a lookbehind. A rank's one-character keys follow
        its longer ones, and a tail character alone comes last.

        `[firsts](?:(?=[seconds])(?:x(?:(?<=ax)rest|(?<=bx)rest)|y...)|(?<=[singles])|...next rank...|(?<=[tail]))`
        """
        parts = []
        for rank in sorted(ranks):
            by_second: dict[str, dict[str, list[str]]] = {}
            singles = [key for key in ranks[rank] if len(key) == 1]
            for key in ranks[rank]:
                if len(key) > 1:
                    by_second.setdefault(key[1], {}).setdefault(key[0], []).append(key[2:])
            if by_second:
                branches = []
                for second in sorted(by_second, key=rarity):
                    alternatives = [f"(?<={re.escape(first + second)})" + _trie(rests)
                                    for first, rests in sorted(by_second[second].items())]
                    body = alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"
                    branches.append(re.escape(second) + body)
                parts.append(f"(?={_charset(by_second)})(?:{'|'.join(branches)})")
            if singles:
                # Listed exactly: an astral character standing for all would end the match before a later rank.
                parts.append("(?<=[" + "".join(re.escape(ch) for ch in sorted(singles)) + "])")
        firsts = {key[0] for keys in ranks.values() for key in keys}
        tail = set(self.chars) if self.sparse else set()
        if tail:
            parts.append(f"(?<={_charset(tail)})")
        return re.compile(f"{_charset(firsts | tail)}(?:{'|'.join(parts)})")

    def value(self, key: str) -> str | None:
        """The replacement of what the pattern matched; None for an astral character that is no key."""
        found = self.prefixes.get(key)
        if found is None:
            return self.chars.get(key)
        return found[1] if self.ranked else found

    def map_chars(self, text: str) -> str:
        """The tail map applied to every character (the list holds the BMP; an astral key needs a slower pass).

        Only blocks from a character of the map on are translated; what lies before the next one is copied.
        """
        if self.astral_keys and ASTRAL.search(text) is not None:
            get = self.chars.get
            return "".join([get(ch, ch) for ch in text])
        table = self.table
        if len(text) <= MAP_WHOLE:
            return text.translate(table)
        search = self.chars_re.search
        pieces = []
        position = 0
        size = len(text)
        block = MAP_BLOCK
        while position < size:
            found = search(text, position)
            if found is None:
                break
            start = found.start()
            if position < start:
                pieces.append(text[position:start])
                block = MAP_BLOCK
            else:
                block = min(2 * block, MAP_BLOCK_MAX)
            end = start + block
            pieces.append(text[start:end].translate(table))
            position = end
        if position < size:
            pieces.append(text[position:])
        return "".join(pieces)


def high_bytes(text: str) -> bytes:
    """The high byte of each UTF-16 unit of the text: which 256-character blocks it uses (an astral character
    gives two, from its surrogates), found at C speed."""
    return text.encode("utf-16-be", "surrogatepass")[::2]


def may_hold_ids(text: str, high: bytes) -> bool:
    """Whether the text may hold an ideographic description operator (U+2FF0..U+2FFF: block 0x2F)."""
    return b"\x2f" in high and IDS_OPERATORS.search(text) is not None


def rarity(ch: str) -> tuple[int, str]:
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
