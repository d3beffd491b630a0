"""Upstream OpenCC's conversion (see `opencc_engine`), computed with C-speed scans where Python allows.

Each step is compiled by `faststep`: a head (its ranks up to the last with a key longer than one character) and
a tail of one-character tables, which upstream applies wherever no head key matches. Head matches are found
left to right: a head of few first characters is one regular expression whose first match at a position is
exactly upstream's rule (`Step._pair_regex`), scanned over the whole text, or, for the variant phrases, only in
the windows around the characters of its gate (`Step.windows`); a large one (STPhrases, the regional phrases) is
walked by Python, only at the positions where the first two characters begin a key. A large tail (the character
tables) is applied by `str.translate`, from each character it maps on; a small one joins the pattern.
Segmentation cuts the text into walls that no later match may cross; where the segmentation table is the first
step's first rank (the s2x configurations) the text is scanned once, and where it is the last step's (the t2s
family) its matches are reused wherever the steps between changed nothing. Compatibility ideographs are looked
for in the text's UTF-16 high bytes first (`high_bytes`): normal text has none, and the byte test is cheaper.

A converter's first short texts are matched by the scan for every step (see `faststep.QUICK_CHARS`): compiling
the patterns would cost more than the scan does on them.

Text holding an ideographic description operator (U+2FF0..U+2FFF), whose sequences upstream copies whole,
goes to `ReferenceEngine`. The tests check equality with the reference on all test material.
"""

from __future__ import annotations

import bisect
from itertools import compress, count

from reader.text.fastcompile import compile_step
from reader.text.faststep import (FORMAT, IDS_OPERATORS, MAP_WHOLE, QUICK_BUDGET, QUICK_CHARS, SAME, Match, Step,
                                  high_bytes, may_hold_ids)
from reader.text.offsets import Span
from reader.text.opencc_engine import Plan

__all__ = ["FORMAT", "IDS_OPERATORS", "FastMatcher", "high_bytes", "may_hold_ids"]

_MISSING = object()


class FastMatcher:
    """A compiled plan: normalization steps, segmentation, conversion steps."""

    def __init__(self, plan: Plan) -> None:
        self._normalization = [compile_step(step) for step in plan.normalization]
        self._chain = [compile_step(step) for step in plan.chain]
        self._segmentation = compile_step(plan.segmentation) if plan.segmentation else None
        self._setup()

    def _setup(self) -> None:
        self._quick_left = QUICK_BUDGET  # characters still to convert without compiling patterns (see QUICK_CHARS)
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

    def sample(self, size: int, each: int = 300) -> str:
        """A text of `size` characters holding characters of every step (those its keys begin with, its tail's):
        converted once on a worker, it compiles the patterns a screen of real text needs (see `Converter.warm`)."""
        steps = [*self._normalization, *([self._segmentation] if self._segmentation else []), *self._chain]
        chars = "".join(dict.fromkeys(ch for s in steps for ch in (*s.starts[:each], *list(s.chars)[:each])))
        return (chars * (size // max(1, len(chars)) + 1))[:size] if chars else ""

    def to_data(self) -> list:
        """The compiled tables as plain built-in values (for marshal); a segmentation that is a step's head is
        stored once."""
        seg = self._segmentation.to_data() if self._segmentation else None
        if self._fused or self._end_fused:
            seg = "first" if self._fused else "last"
        return [FORMAT, [s.to_data() for s in self._normalization], seg, [s.to_data() for s in self._chain]]

    @classmethod
    def from_data(cls, data: list) -> "FastMatcher":
        """Rebuild from `to_data`; ValueError when the data is not of this format."""
        if not isinstance(data, list) or len(data) != 4 or data[0] != FORMAT:
            raise ValueError("not a compiled matcher of this format")
        matcher = cls.__new__(cls)
        matcher._normalization = [Step.from_data(s) for s in data[1]]
        matcher._chain = [Step.from_data(s) for s in data[3]]
        if data[2] in ("first", "last"):
            same = matcher._chain[0 if data[2] == "first" else -1]
            # The same prefix table and parts still to read: a part read by either is read for both.
            matcher._segmentation = Step(same.prefixes, False, same.starts, {}, same.name, same.pairs, same.singles,
                                         same.gate, same.reach, same.pending)
        else:
            matcher._segmentation = Step.from_data(data[2]) if data[2] is not None else None
        matcher._setup()
        return matcher

    def convert(self, text: str, high: bytes | None = None) -> str:
        return self.convert_spans(text, want_spans=False, high=high)[0]

    def convert_spans(self, text: str, want_spans: bool = True,
                      high: bytes | None = None) -> tuple[str, list[list[Span]]]:
        """The converted text and, per step, the spans whose length changed (in that step's coordinates);
        `high` is `high_bytes(text)` if the caller has it."""
        all_spans: list[list[Span]] = []
        quick = len(text) <= QUICK_CHARS and self._quick_left > 0
        if quick:
            self._quick_left -= len(text)
        if high is None and self._normalization:
            high = high_bytes(text)
        for step in self._normalization:
            if step.surely_absent(text, high):
                all_spans.append([])
                continue
            text, spans = _apply(step, text, _find(step, text, None, quick), want_spans)
            all_spans.append(spans)
        walls = None
        chain = self._chain
        segments: list[Match] = []
        if self._segmentation is not None:
            segments = _find(self._segmentation, text, None, quick)
            walls = [x for start, end, _ in segments for x in (start, end)]
            walls.append(len(text))
            if self._fused:
                text, spans = _apply(chain[0], text, segments, True)
                all_spans.append(spans)
                walls = _move(walls, spans)
                chain = chain[1:]
        end_fused = self._end_fused and not quick
        if end_fused:
            chain = chain[:-1]
        touched: dict[int, list[tuple[int, int]]] = {}  # region -> the stretches earlier steps replaced in it
        moved = False
        for step in chain:
            matches = _find(step, text, walls, quick)
            if end_fused:
                for start, end, _ in matches:
                    touched.setdefault(bisect.bisect_right(walls, start), []).append((start, end))
            text, spans = _apply(step, text, matches, want_spans or walls is not None)
            all_spans.append(spans)
            moved = moved or bool(spans)
            if walls is not None and spans:
                walls = _move(walls, spans)
        if end_fused:
            last = self._chain[-1]
            matches = _refind(last, text, walls, segments, touched, exact=not moved)
            text, spans = _apply(last, text, matches, want_spans)
            all_spans.append(spans)
        return text, all_spans


def _refind(step: Step, text: str, walls: list[int], segments: list[Match],
            touched: dict[int, list[tuple[int, int]]], exact: bool) -> list[Match]:
    """The last step's matches: the segmentation's own where no earlier step touched the region, else found again.

    Region r lies between walls r-1 and r (0 before the first wall): odd regions are the matched segments,
    even ones the unmatched stretches between them, where no key began; `touched` holds the stretches earlier
    steps replaced in a region. With `exact` (no earlier step changed a length, so they are where they were), a
    new key in an unmatched stretch must overlap one of them, and only around them is the stretch matched again.
    """
    if not touched:
        return segments
    out: list[Match] = []
    finditer = step.regex.finditer
    value = step.value
    reach = step.reach
    for region in range(len(walls)):
        if region in touched:
            start = walls[region - 1] if region else 0
            end = walls[region]
            if exact and not region % 2:
                windows = _around(sorted(touched[region]), reach, start, end)
            else:
                windows = step.windows(text, start, end)
            out.extend((m.start(), m.end(), value(m.group())) for first, last in windows
                       for m in finditer(text, first, last))
        elif region % 2:
            out.append((walls[region - 1], walls[region], segments[region // 2][2]))
    return out


def _around(stretches: list[tuple[int, int]], reach: int, start: int, end: int) -> list[tuple[int, int]]:
    """The merged windows within `start`..`end` where a key up to `reach` long can overlap one of the stretches."""
    out: list[tuple[int, int]] = []
    for first, last in stretches:
        low, high = max(start, first - reach + 1), min(end, last + reach - 1)
        if out and low <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], high))
        else:
            out.append((low, high))
    return out


def _find(step: Step, text: str, walls: list[int] | None, quick: bool = False) -> list[Match]:
    """The step's matches, left to right (a sparse tail's characters among them); `quick`: without compiling a
    pattern (see QUICK_CHARS), by the scan that large heads always use."""
    if step.uses_regex and not quick:
        windows = step.windows(text)
        return _find_regex(step, text, walls, windows) if windows else []
    matches = _scan(step, text, walls, quick) if step.prefixes or step.pending else []
    if not step.sparse:
        return matches
    hits = step.tail_hits(text, quick)
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


def _find_regex(step: Step, text: str, walls: list[int] | None, windows: list[tuple[int, int]]) -> list[Match]:
    """Matches of the step's pattern within the windows; where one crosses a wall, that segment is matched again.

    Every match lies within one window (see `Step.windows`) and none starts between them, so scanning each window
    from its start gives the whole text's matches. Until a match crosses a wall the scan reaches every wall exactly,
    as upstream's scan of each segment starts there, so its matches are upstream's; a crossing match is replaced
    by the segment's own.
    """
    value = step.value
    finditer = step.regex.finditer
    found = [(m.start(), m.end(), v) for start, end in windows for m in finditer(text, start, end)
             if (v := value(m.group())) is not None]
    if walls is None or not found:
        return found
    if not any(end - start > 1 and walls[bisect.bisect_right(walls, start)] < end for start, end, _ in found):
        return found
    out: list[Match] = []
    for first, last in windows:
        position = first
        while position is not None:
            restart = None
            for m in finditer(text, position, last):
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


def _candidates(step: Step, text: str, quick: bool) -> list[int]:
    """Positions where a head key may start: its first two characters begin a key, or it is a one-character key.

    For a head of few first characters `re` finds where a pair may begin, and each is checked; else the pairs are
    read from the text's UTF-32 form as 8-byte numbers (even positions, then odd ones) and
    looked up by `map`, without a Python step or a new string per character; that way too for a `quick` text.
    """
    if not quick and step.pair_re is not None:
        found = [m.start() for m in step.pair_re.finditer(text)]
        positions = list(compress(found, map(step.pair_strings.__contains__, [text[i:i + 2] for i in found])))
    else:
        data = memoryview(text.encode("utf-32-le", "surrogatepass"))  # a lone surrogate is a code like any other
        n = len(text)
        has = step.pairs.__contains__
        even = compress(count(0, 2), map(has, data[:n // 2 * 8].cast("Q")))
        odd = compress(count(1, 2), map(has, data[4:4 + (n - 1) // 2 * 8].cast("Q")))
        positions = sorted([*even, *odd])
    if step.singles:
        if quick:
            singles = [i for i, ch in enumerate(text) if ch in step.single_set]
        else:
            singles = [m.start() for m in step.single_re.finditer(text)]
        if singles:
            positions = sorted(set(positions).union(singles))
    return positions


def _scan(step: Step, text: str, walls: list[int] | None, quick: bool = False) -> list[Match]:
    """Maximum matching over the head: at each position the longest key of the first rank that has one."""
    get = step.prefixes.get
    ranked = step.ranked
    matches: list[Match] = []
    append = matches.append
    n = len(text)
    pos = 0
    wall_index = 0
    limit = n
    first = 1 if step.singles else 2  # with no one-character key, every candidate starts with a key's pair
    positions = _candidates(step, text, quick)
    if step.pending:
        step.load_keys(text, positions)
    for i in positions:
        if i < pos:
            continue
        if walls is not None:
            while walls[wall_index] <= i:
                wall_index += 1
            limit = walls[wall_index]
        j = i + first
        if j > limit:
            continue
        best = 0
        value = None
        rank = 1 << 30
        found = get(text[i:j], _MISSING)
        if found is _MISSING:
            found = None  # a candidate's pair begins a key (a slim table has no entry for it)
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


def _apply(step: Step, text: str, matches: list[Match], want_spans: bool) -> tuple[str, list[Span]]:
    """The text with head matches replaced and the tail map applied between them."""
    table = step.table if step.dense and (len(text) <= MAP_WHOLE or step.chars_re.search(text) is not None) else None
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
        if value is SAME:  # converts as its characters do: part of the mapped text around it
            continue
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


def _char_spans(step: Step, text: str, source: int, target: int) -> list[Span]:
    """Spans of characters whose replacement has another length (none in the shipped data)."""
    spans = []
    for offset, ch in enumerate(text):
        value = step.chars.get(ch, ch)
        if len(value) != 1:
            spans.append((source + offset, source + offset + 1, target, target + len(value)))
        target += len(value)
    return spans


def _move(walls: list[int], spans: list[Span]) -> list[int]:
    """Wall positions carried through a step (no change ever crosses a wall): between two spans whose length
    changed every wall moves by the same amount; a wall inside a span can only be its start."""
    if not spans:
        return walls
    out: list[int] = []
    index = shift = 0
    for start, end, target_start, target_end in spans:
        stop = bisect.bisect_left(walls, start, index)
        out.extend([wall + shift for wall in walls[index:stop]])
        index = bisect.bisect_left(walls, end, stop)
        out.extend([target_start] * (index - stop))
        shift = target_end - end
    out.extend([wall + shift for wall in walls[index:]])
    return out
