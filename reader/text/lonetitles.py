"""Titles that fill a wrapped extract's width, set alone between blank lines where blank lines mark paragraphs."""

from __future__ import annotations

_SENTENCE_MARKS = frozenset("；;。！？!?")  # a line holding one of these runs on as prose
_DANGLING = frozenset("，、,（(“《与和及或并")  # no title ends on these


def lone_titles(befores: list[bool], texts: list[str], widths: list[int], opens: list[bool],
                wrap: int | None) -> frozenset[int]:
    """The full open lines a blank line falls under, when every one of them stands alone (a blank line over it too)
    and ends no sentence: the extract's blank lines all mark paragraphs, and these are titles a narrow page filled
    ('历史书里的“北大精神”：知识分子曾经的“兴奋剂”'), not first lines a stray blank cut from their sentence (a stray
    blank falls under any line of a paragraph, and most of a paragraph's lines are not its first)."""
    if not wrap:
        return frozenset()
    full = [k - 1 for k in range(1, len(texts)) if befores[k] and opens[k - 1] and widths[k - 1] >= wrap - 8]
    lone = [k for k in full if k > 0 and befores[k] and _SENTENCE_MARKS.isdisjoint(texts[k])
            and texts[k][-1:] not in _DANGLING]
    return frozenset(lone) if lone and len(lone) == len(full) and sum(befores) >= 3 else frozenset()
