"""A text's lines, split once: the cleaner, the outline and their helpers each read the same document's lines, and
a fresh split of a megabyte text for each is a pass over it apiece (about ten of them per document built)."""

from __future__ import annotations

_last: tuple[str, tuple[str, ...]] | None = None  # the text split last and its lines (one pair: an atomic swap)


def split_lines(text: str) -> tuple[str, ...]:
    """`text.split("\\n")` as a tuple, the same object again while the same text is asked for (read-only, shared)."""
    global _last
    held = _last
    if held is not None and held[0] is text:
        return held[1]
    lines = _split(text)
    _last = (text, lines)
    return lines


def _split(text: str) -> tuple[str, ...]:
    """The one split (a seam for tests that count them)."""
    return tuple(text.split("\n"))
