"""A library hit found again in the text the reader is shown, by its words and the words around them, not by its
offset: the catalogue's stored text may be an older cleaning's (reader.text.textversion) until the full pass reads
the file again, and its offsets then point at other words. Linear in the text: one scan for the words, and a bounded
look either side of each place they occur."""

from __future__ import annotations

import re

CONTEXT = 30  # characters of context compared either side (the snippet's: reader.storage.snippets)
ELLIPSIS = "…"  # what a snippet cut inside the text begins or ends with


def snippet_words(snippet: str, span: tuple[int, int]) -> tuple[str, str, str]:
    """The words before the hit, the hit's own and those after it, from a search result's snippet."""
    start, length = span
    before, after = snippet[:start], snippet[start + length:]
    return before.removeprefix(ELLIPSIS), snippet[start:start + length], after.removesuffix(ELLIPSIS)


def _squeezed(text: str) -> str:
    return "".join(text.split())


def _pattern(word: str) -> re.Pattern[str] | None:
    """The hit's characters with any spacing between them (the snippet joins a line break into one space)."""
    chars = _squeezed(word)
    return re.compile(r"\s*".join(map(re.escape, chars))) if chars else None


def _agreement(text: str, start: int, end: int, before: str, after: str) -> int:
    """How many characters of context, spacing aside, the text has in common with the hit's either side."""
    near = _squeezed(text[max(0, start - 3 * CONTEXT): start])
    same = 0
    while same < min(len(near), len(before)) and near[-1 - same] == before[-1 - same]:
        same += 1
    near = _squeezed(text[end: end + 3 * CONTEXT])
    ahead = 0
    while ahead < min(len(near), len(after)) and near[ahead] == after[ahead]:
        ahead += 1
    return same + ahead


def found_again(text: str, offset: int, words: tuple[str, str, str]) -> tuple[int, int] | None:
    """The [start, end) in `text` of the hit stored at `offset` with `words` (before, hit, after): there when the
    text has them there, else where they occur with the most context alike (the nearest among equals); None when the
    text no longer has them."""
    pattern = _pattern(words[1])
    if pattern is None:
        return None
    before, after = _squeezed(words[0])[-CONTEXT:], _squeezed(words[2])[:CONTEXT]
    whole = len(before) + len(after)
    there = pattern.match(text, offset) if 0 <= offset <= len(text) else None
    if there is not None and _agreement(text, *there.span(), before, after) == whole:
        return there.span()
    best: tuple[tuple[int, int], tuple[int, int]] | None = None
    for match in pattern.finditer(text):
        key = (_agreement(text, *match.span(), before, after), -abs(match.start() - offset))
        if best is None or key > best[0]:
            best = (key, match.span())
    return best[1] if best is not None else None
