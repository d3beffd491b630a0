"""Where a searched word may not run on: a sentence end, a blank line, and the line breaks around a document's walls
(its headings, and lines that are a header field: a 文号, the 发文机关 signing it, the title). The search's check of a
hit (reader.storage.phrases) and the counts the index keeps (reader.storage.counts) both stop there, so the number
found for a one- or two-character word, its ranking and the rows shown agree."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator

from reader.text.lazyre import lazy

# A sentence end in either width (and the small and vertical forms): a word never runs across one, nor across a
# blank line (a paragraph end; a single line break may be a hard wrap, a space a gap in 中华人民共和国 宪法).
STOPS = "。｡！!？?；;﹔﹖﹗︒︔︕︖"
SENTENCE_END = lazy(rf"[{STOPS}]|\n[^\S\n]*\n")  # a text a pair of the index may span a sentence end in
CROSSED = "0"  # prefix of a pair's token in fts_counts when the pair occurs in a text only across a stop or a wall


def walls(text: str, headings: Iterable[int], fields: Iterable[str]) -> list[int]:
    """The starts of the lines no word runs into or out of: the headings', and those of a line that is one of the
    header's fields (its letters, digits and ideographs those of the field: '国发〔2019〕3号' over '各省、…')."""
    from reader.storage.index import indexed_characters

    wanted = {chars for chars in map(indexed_characters, fields) if chars}
    found = set(headings)
    if wanted:
        longest = max(map(len, wanted)) * 3 + 8  # a longer line is no field, whatever its punctuation
        start = 0
        while start < len(text):
            end = text.find("\n", start)
            end = len(text) if end < 0 else end
            if end - start <= longest and indexed_characters(text[start:end]) in wanted:
                found.add(start)
            start = end + 1
    return sorted(found)


def pieces(text: str, walled: Iterable[int]) -> Iterator[str]:
    """The text cut at every sentence end, blank line and line break next to a wall (linear in the text)."""
    cuts = [(m.start(), m.end()) for m in SENTENCE_END.finditer(text)]
    for start in walled:
        if 0 < start <= len(text) and text[start - 1] == "\n":
            cuts.append((start - 1, start))
        end = text.find("\n", start)
        if end >= 0:
            cuts.append((end, end + 1))
    at = 0
    for start, end in sorted(cuts):
        if start >= at:
            yield text[at:start]
        at = max(at, end)
    yield text[at:]


def kept_grams(text: str, walled: Iterable[int]) -> tuple[Counter[str], list[str]]:
    """How often each character and pair occurs within the pieces (what ranking counts), and the pairs the whole
    text has only across a cut (what a one- or two-character search must not count): one counting pass."""
    from reader.storage.counts import gram_counts
    from reader.storage.index import indexed_characters

    parts = [chars for chars in map(indexed_characters, pieces(text, walled)) if chars]
    kept = gram_counts(_CUT.join(parts))  # (a pair with the cut in it is no pair)
    for gram in [g for g in kept if _CUT in g]:
        del kept[gram]
    crossed = {a[-1] + b[0] for a, b in zip(parts, parts[1:])}.difference(kept)
    return kept, sorted(crossed)


_CUT = "\x00"  # never an indexed character


def as_json(walled: list[int]) -> str:
    return json.dumps(walled)


def from_json(value: object) -> list[int] | None:
    """The walls kept for a text; None when none are kept (a text counted before they were)."""
    if not isinstance(value, str):
        return None
    try:
        return [int(v) for v in json.loads(value)]
    except (TypeError, ValueError):
        return None
