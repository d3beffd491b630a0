"""Upstream OpenCC's conversion (see `opencc_engine`), computed with C-speed scans where Python allows.

A step's ranks split into a head (up to the last rank with a key longer than one character) and a tail of
one-character tables. Where no head key matches, upstream copies or maps one character, so the tail is a
character map applied to the gaps between head matches (`str.translate` over a list, all at once when the
map keeps lengths). Head matches are found left to right: a regular-expression character class finds the
runs of characters that can start a key, and only there does Python walk the key prefixes; a tiny head
(the regional variant tables) is one regular expression, whose alternatives in rank order, longest first,
are exactly upstream's rule. Segmentation cuts the text into walls that no later match may cross; when the
segmentation table is the first step's first rank (the s2x configurations), the segmentation's matches are
that step's matches and the text is scanned once.

Text holding an ideographic description operator (U+2FF0..U+2FFF), whose sequences upstream copies whole,
goes to `ReferenceEngine`. The tests check equality with the reference on all test material.
"""

from __future__ import annotations

import bisect
import re
from functools import cached_property
from itertools import compress, count

from reader.text.opencc_engine import IDS_FIRST, IDS_LAST, Plan, Ranked

Span = tuple[int, int, int, int]  # source start, source end, target start, target end
Match = tuple[int, int, str]  # start, end, value

# Bump when the compiled form below changes: cached matchers of another format are rebuilt.
FORMAT = 4
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
_MISSING = object()


ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def _charset(chars) -> str:
    """A character class of the given characters, every astral character standing for all of them.

    A class listing astral characters is tested one by one by `re`; over-approximating them by one range
    keeps the scan at C speed, and every use here checks a candidate again.
    """
    bmp = sorted({ch for ch in chars if ord(ch) < 0x10000})
    astral = "\U00010000-\U0010ffff" if any(ord(ch) >= 0x10000 for ch in chars) else ""
    return "[" + "".join(re.escape(ch) for ch in bmp) + astral + "]"


class _Step:
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
        # `re` tries a position's alternatives in order: the most frequent first characters go first.
        for first in sorted(by_first, key=_rarity):
            rests = [_trie(keys) for keys in by_first[first] if keys]
            rest = rests[0] if len(rests) == 1 else "(?:" + "|".join(rests) + ")"
            branches.append(re.escape(first) + rest)
        if self.sparse and branches:
            # Literal alternatives keep `re`'s first-character filter, which a class alternative would disable.
            branches += [re.escape(ch) for ch in sorted(self.chars, key=_rarity)]
        elif self.sparse:
            branches.append(_charset(self.chars))
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


def compile_step(ranked: Ranked) -> _Step:
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
    return _Step(prefixes, several, starts, chars, name, pairs, singles)


def _pair(two: str) -> int:
    """Two characters as one number: how the UTF-32 form of a text reads them 8 bytes at a time."""
    return ord(two[0]) | ord(two[1]) << 32


class FastMatcher:
    """A compiled plan: normalization steps, segmentation, conversion steps."""

    def __init__(self, plan: Plan) -> None:
        self._normalization = [compile_step(step) for step in plan.normalization]
        self._chain = [compile_step(step) for step in plan.chain]
        self._segmentation = compile_step(plan.segmentation) if plan.segmentation else None
        self._setup()

    def _setup(self) -> None:
        first = self._chain[0] if self._chain else None
        seg = self._segmentation
        # The segmentation is the first step's first rank and the rest of that step is its tail: one scan.
        self._fused = bool(seg and first and not first.ranked and seg.name == first.name and not seg.chars)
        # The segmentation is the last step's only head rank (the t2s family): its matches stand wherever the
        # steps between changed nothing, so only the segments they touched are matched again.
        last = self._chain[-1] if self._chain else None
        self._end_fused = bool(
            seg and last and not self._fused and len(self._chain) > 1 and not last.ranked
            and seg.name == last.name and not seg.chars and last.uses_regex and not last.sparse
            and not any(step.dense for step in self._chain[:-1])
        )

    def to_data(self) -> list:
        """The compiled tables as plain built-in values (for marshal); a fused segmentation is not repeated."""
        seg = None if self._segmentation is None else "first" if self._fused else self._segmentation.to_data()
        return [FORMAT, [s.to_data() for s in self._normalization], seg, [s.to_data() for s in self._chain]]

    @classmethod
    def from_data(cls, data: list) -> "FastMatcher":
        """Rebuild from `to_data`; ValueError when the data is not of this format."""
        if not isinstance(data, list) or len(data) != 4 or data[0] != FORMAT:
            raise ValueError("not a compiled matcher of this format")
        matcher = cls.__new__(cls)
        matcher._normalization = [_Step(*s) for s in data[1]]
        matcher._chain = [_Step(*s) for s in data[3]]
        if data[2] == "first":
            first = matcher._chain[0]
            matcher._segmentation = _Step(first.prefixes, False, first.starts, {}, first.name, first.pairs,
                                          first.singles)
        else:
            matcher._segmentation = _Step(*data[2]) if data[2] is not None else None
        matcher._setup()
        return matcher

    def convert(self, text: str) -> str:
        return self.convert_spans(text, want_spans=False)[0]

    def convert_spans(self, text: str, want_spans: bool = True) -> tuple[str, list[list[Span]]]:
        """The converted text and, per step, the spans whose length changed (in that step's coordinates)."""
        all_spans: list[list[Span]] = []
        for step in self._normalization:
            text, spans = _apply(step, text, _find(step, text, None), want_spans)
            all_spans.append(spans)
        walls = None
        chain = self._chain
        segments: list[Match] = []
        if self._segmentation is not None:
            segments = _find(self._segmentation, text, None)
            walls = [x for start, end, _ in segments for x in (start, end)]
            walls.append(len(text))
            if self._fused:
                text, spans = _apply(chain[0], text, segments, True)
                all_spans.append(spans)
                walls = _move(walls, spans)
                chain = chain[1:]
        end_fused = self._end_fused
        if end_fused:
            chain = chain[:-1]
        touched: set[int] = set()
        for step in chain:
            matches = _find(step, text, walls)
            if end_fused:
                touched.update(bisect.bisect_right(walls, start) for start, _, _ in matches)
            text, spans = _apply(step, text, matches, want_spans or walls is not None)
            all_spans.append(spans)
            if walls is not None and spans:
                walls = _move(walls, spans)
        if end_fused:
            last = self._chain[-1]
            text, spans = _apply(last, text, _refind(last, text, walls, segments, touched), want_spans)
            all_spans.append(spans)
        return text, all_spans


def _refind(step: _Step, text: str, walls: list[int], segments: list[Match], touched: set[int]) -> list[Match]:
    """The last step's matches: the segmentation's own where no earlier step touched the region, else found again.

    Region r lies between walls r-1 and r (0 before the first wall): odd regions are the matched segments,
    even ones the unmatched stretches between them; `touched` holds the regions an earlier step changed.
    """
    if not touched:
        return segments
    out: list[Match] = []
    finditer = step.regex.finditer
    value = step.value
    for region in range(len(walls)):
        if region in touched:
            start = walls[region - 1] if region else 0
            out.extend((m.start(), m.end(), value(m.group())) for m in finditer(text, start, walls[region]))
        elif region % 2:
            out.append((walls[region - 1], walls[region], segments[region // 2][2]))
    return out


def _find(step: _Step, text: str, walls: list[int] | None) -> list[Match]:
    """The step's matches, left to right (a sparse tail's characters among them)."""
    if step.uses_regex:
        if step.any_re.search(text) is None:
            return []
        return _find_regex(step, text, walls)
    matches = _scan(step, text, walls) if step.prefixes else []
    if step.tail_re is None:
        return matches
    chars = step.chars
    hits = [(m.start(), m.start() + 1, chars[m.group()]) for m in step.tail_re.finditer(text) if m.group() in chars]
    if not hits:
        return matches
    return _merge(matches, hits)


def _merge(matches: list[Match], hits: list[Match]) -> list[Match]:
    """Head matches and the one-character tail hits that lie outside them, in order."""
    out: list[Match] = []
    index = 0
    count = len(matches)
    for hit in hits:
        position = hit[0]
        while index < count and matches[index][1] <= position:
            out.append(matches[index])
            index += 1
        if index < count and matches[index][0] <= position:
            continue
        out.append(hit)
    out.extend(matches[index:])
    return out


def _find_regex(step: _Step, text: str, walls: list[int] | None) -> list[Match]:
    """Matches of the step's pattern; where one crosses a wall, that segment is matched again within it.

    Until a match crosses a wall the whole-text scan reaches every wall exactly, as upstream's scan of each
    segment starts there, so its matches are upstream's; a crossing match is replaced by the segment's own.
    """
    value = step.value
    finditer = step.regex.finditer
    found = [(m.start(), m.end(), v) for m in finditer(text) if (v := value(m.group())) is not None]
    if walls is None or not found:
        return found
    inner = set(walls)
    if not any(end - start > 1 and not inner.isdisjoint(range(start + 1, end)) for start, end, _ in found):
        return found
    out: list[Match] = []
    position = 0
    while position is not None:
        restart = None
        for m in finditer(text, position):
            start, end = m.span()
            wall = walls[bisect.bisect_right(walls, start)]
            if end <= wall:
                v = value(m.group())
                if v is not None:
                    out.append((start, end, v))
                continue
            out.extend((m.start(), m.end(), v) for m in finditer(text, start, wall)
                       if (v := value(m.group())) is not None)
            restart = wall
            break
        position = restart
    return out


def _candidates(step: _Step, text: str) -> list[int]:
    """Positions where a head key may start: its first two characters begin a key, or it is a one-character key.

    The pairs are read from the text's UTF-32 form as 8-byte numbers (even positions, then odd ones) and
    looked up by `map`, without a Python step or a new string per character.
    """
    data = memoryview(text.encode("utf-32-le"))
    n = len(text)
    has = step.pairs.__contains__
    even = compress(count(0, 2), map(has, data[:n // 2 * 8].cast("Q")))
    odd = compress(count(1, 2), map(has, data[4:4 + (n - 1) // 2 * 8].cast("Q")))
    positions = sorted([*even, *odd])
    if step.single_re is not None:
        singles = [m.start() for m in step.single_re.finditer(text)]
        if singles:
            positions = sorted(set(positions).union(singles))
    return positions


def _scan(step: _Step, text: str, walls: list[int] | None) -> list[Match]:
    """Maximum matching over the head: at each position the longest key of the first rank that has one."""
    get = step.prefixes.get
    ranked = step.ranked
    matches: list[Match] = []
    append = matches.append
    n = len(text)
    pos = 0
    wall_index = 0
    limit = n
    for i in _candidates(step, text):
        if i < pos:
            continue
        if walls is not None:
            while walls[wall_index] <= i:
                wall_index += 1
            limit = walls[wall_index]
        best = 0
        value = None
        rank = 1 << 30
        j = i + 1
        found = get(text[i], _MISSING)
        while True:
            if found is not None and found is not _MISSING:
                if not ranked:
                    best, value = j, found
                elif found[0] <= rank:
                    rank, value = found
                    best = j
            j += 1
            if j > limit:
                break
            found = get(text[i:j], _MISSING)
            if found is _MISSING:
                break
        if best:
            append((i, best, value))
            pos = best
    return matches


def _apply(step: _Step, text: str, matches: list[Match], want_spans: bool) -> tuple[str, list[Span]]:
    """The text with head matches replaced and the tail map applied between them."""
    table = step.table if step.dense and step.chars_re.search(text) is not None else None
    if not matches:
        if table is None:
            return text, []
        out = step.map_chars(text)
        return out, (_char_spans(step, text, 0, 0) if want_spans and not step.keep else [])
    mapped = step.map_chars(text) if table is not None and step.keep else text
    pieces = []
    spans: list[Span] = []
    position = target = 0
    for start, end, value in matches:
        if position < start:
            gap = mapped[position:start]
            if table is not None and not step.keep:
                if want_spans:
                    spans.extend(_char_spans(step, gap, position, target))
                gap = step.map_chars(gap)
            pieces.append(gap)
            target += len(gap)
        pieces.append(value)
        if want_spans and len(value) != end - start:
            spans.append((start, end, target, target + len(value)))
        target += len(value)
        position = end
    if position < len(text):
        gap = mapped[position:]
        if table is not None and not step.keep:
            if want_spans:
                spans.extend(_char_spans(step, gap, position, target))
            gap = step.map_chars(gap)
        pieces.append(gap)
    return "".join(pieces), spans


def _char_spans(step: _Step, text: str, source: int, target: int) -> list[Span]:
    """Spans of characters whose replacement has another length (none in the shipped data)."""
    spans = []
    for offset, ch in enumerate(text):
        value = step.chars.get(ch, ch)
        if len(value) != 1:
            spans.append((source + offset, source + offset + 1, target, target + len(value)))
        target += len(value)
    return spans


def _move(walls: list[int], spans: list[Span]) -> list[int]:
    """Wall positions carried through a step (no change ever crosses a wall)."""
    if not spans:
        return walls
    starts = [s[0] for s in spans]
    out = []
    for wall in walls:
        i = bisect.bisect_right(starts, wall) - 1
        if i < 0:
            out.append(wall)
        elif wall < spans[i][1]:  # only a span's start: no change crosses a wall
            out.append(spans[i][2])
        else:
            out.append(spans[i][3] + wall - spans[i][1])
    return out
