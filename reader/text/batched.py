"""Many short paragraphs converted in one engine pass each batch, their results cut back into paragraphs.

A long document is tens of thousands of paragraphs: converting each alone cost as much in per-call work (the
high-byte scan, every step's setup, the map's composition) as the matching itself. No conversion key holds a line
break and none makes one, so paragraphs joined by newlines convert as they do apart: the joined result is cut at
its newlines and its changed spans handed to the paragraph they fall in. Where that cannot be shown to hold (the
reference engine converts, a newline count differs, a span crosses a paragraph end) the batch is converted
paragraph by paragraph, as before. Pure: no Qt here.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from reader.text.convert import Conversion, Converter
from reader.text.offsets import OffsetMap, Span, compose

BATCH_CHARS = 20_000  # one engine pass holds the GIL (and so the window) for its whole length: a few ms at most


def convert_batched(conv: Converter, texts: Sequence[str], limit: int = BATCH_CHARS) -> list[Conversion]:
    """conv.convert_mapped of each text, paragraphs of up to `limit` characters together converted at once."""
    out: list[Conversion] = []
    start, size = 0, 0
    for end, text in enumerate(texts):
        if end > start and size + len(text) + 1 > limit:
            out += _batch(conv, texts[start:end])
            start, size = end, 0
        size += len(text) + 1
    if start < len(texts):
        out += _batch(conv, texts[start:])
    return out


def _batch(conv: Converter, texts: Sequence[str]) -> list[Conversion]:
    """One pass over the joined paragraphs, or one per paragraph where the join could differ."""
    if len(texts) == 1:
        return [conv.convert_mapped(texts[0])]
    joined = "\n".join(texts)
    high = conv._high(joined)
    if high is None:  # the reference engine's map is proportional per line: a join would change it
        return [conv.convert_mapped(t) for t in texts]
    result, steps = conv.fast.convert_spans(joined, high=high)
    parts = result.split("\n")
    if len(parts) != len(texts):
        return [conv.convert_mapped(t) for t in texts]
    spans: list[Span] = []
    for step in steps:
        spans = compose(spans, step)
    split = _split_spans(spans, texts, parts)
    if split is None:
        return [conv.convert_mapped(t) for t in texts]
    return [Conversion(part, OffsetMap.from_spans(own, len(text), len(part)) if own
                       else OffsetMap((), (), (), (), len(text), len(part)))  # most paragraphs keep their lengths
            for text, part, own in zip(texts, parts, split)]


def _split_spans(spans: list[Span], texts: Sequence[str], parts: Sequence[str]) -> list[list[Span]] | None:
    """Each paragraph's spans in its own offsets; None if a span is not inside one paragraph on both sides."""
    source_starts, target_starts = _starts(texts), _starts(parts)
    own: list[list[Span]] = [[] for _ in texts]
    for s0, s1, t0, t1 in spans:
        i = bisect.bisect_right(source_starts, s0) - 1
        a, b = source_starts[i], target_starts[i]
        if s1 > a + len(texts[i]) or t0 < b or t1 > b + len(parts[i]):
            return None
        own[i].append((s0 - a, s1 - a, t0 - b, t1 - b))
    return own


def _starts(texts: Sequence[str]) -> list[int]:
    starts, pos = [], 0
    for text in texts:
        starts.append(pos)
        pos += len(text) + 1
    return starts
