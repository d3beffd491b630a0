"""A very long paragraph in pieces cut at sentence ends: shown as several blocks, converted piece by piece.

A file with no line breaks is one paragraph of millions of characters; the window lays a block out whole and the
conversion engine holds the GIL for a whole pass, so both take such a paragraph in pieces. Pure: no Qt here.
"""

from __future__ import annotations

from reader.text.convert import Conversion
from reader.text.display import convert_paragraphs
from reader.text.offsets import OffsetMap

_ENDS = "。！？；!?;"  # a sentence ends after one of these (and any closing quotes or brackets right after it)
_CLOSERS = frozenset("”’」』）)】》\"'")


def sentence_cuts(text: str, above: int, piece: int) -> list[int]:
    """Where the pieces of a paragraph over `above` characters begin after the first (pieces of at most `piece`)."""
    if len(text) <= above:
        return []
    found: list[int] = []
    start, size = 0, len(text)
    while size - start > piece:
        lo, hi = start + piece // 2, start + piece
        end = max(text.rfind(mark, lo, hi - 1) for mark in _ENDS)  # each look reads one window: linear overall
        if end < 0:
            cut = hi  # no sentence end in the window: cut where the piece is full
        else:
            cut = end + 1
            while cut < hi and text[cut] in _CLOSERS:
                cut += 1
        found.append(cut)
        start = cut
    return found


def convert_in_pieces(config: str, cache_dir: str, texts: list[str], piece: int) -> list[Conversion]:
    """convert_paragraphs, a paragraph over `piece` characters converted piece by piece (cut at sentence ends, where
    no conversion phrase spans) with its offset map joined, so the result is the whole paragraph's."""
    long = [i for i, text in enumerate(texts) if len(text) > piece]
    if not long:
        return convert_paragraphs(config, cache_dir, texts)
    result = convert_paragraphs(config, cache_dir, [text if len(text) <= piece else "" for text in texts])
    for i in long:
        text = texts[i]
        bounds = [0, *sentence_cuts(text, piece, piece), len(text)]
        parts = convert_paragraphs(config, cache_dir, [text[a:b] for a, b in zip(bounds, bounds[1:])])
        spans, target = [], 0
        for start, part in zip(bounds, parts):
            spans += [(s0 + start, s1 + start, t0 + target, t1 + target) for s0, s1, t0, t1 in part.offsets.spans]
            target += len(part.text)
        joined = "".join(part.text for part in parts)
        result[i] = Conversion(joined, OffsetMap.from_spans(spans, len(text), len(joined)))
    return result


def _sentence_start(text: str, at: int, reach: int = 500) -> int:
    """The start of the sentence holding `at` (looked for `reach` characters back at most), else `at` itself."""
    if at <= 0 or at >= len(text):
        return max(0, min(at, len(text)))
    end = max(text.rfind(mark, max(0, at - reach), at) for mark in _ENDS)
    if end < 0:
        return at
    end += 1
    while end < at and text[end] in _CLOSERS:
        end += 1
    return end


def convert_window(config: str, cache_dir: str, text: str, start: int, end: int) -> Conversion:
    """The paragraph with only its sentences from `start` to `end` converted (the screen a very long one opens at:
    all of it, converted on the window's thread, held the window), its offset map the whole paragraph's."""
    a, b = _sentence_start(text, start), _sentence_start(text, end)
    part = convert_paragraphs(config, cache_dir, [text[a:b]])[0]
    joined = text[:a] + part.text + text[b:]
    spans = [(s0 + a, s1 + a, t0 + a, t1 + a) for s0, s1, t0, t1 in part.offsets.spans]
    return Conversion(joined, OffsetMap.from_spans(spans, len(text), len(joined)))
