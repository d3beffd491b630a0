"""A text's lines, split once: the cleaner, the outline and their helpers each read the same document's lines, and
a fresh split of a megabyte text for each is a pass over it apiece (about ten of them per document built)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")


class PerText(Generic[T]):
    """compute(text), worked out again only for another text: stages of one build ask about the same text many
    times (held by identity, the last text alone: one pair, an atomic swap, so threads never see a half)."""

    def __init__(self, compute: Callable[[str], T]) -> None:
        self._compute = compute
        self._last: tuple[str, T] | None = None

    def __call__(self, text: str) -> T:
        held = self._last
        if held is not None and held[0] is text:
            return held[1]
        value = self._compute(text)
        self._last = (text, value)
        return value


def _split(text: str) -> tuple[str, ...]:
    """The one split (a seam for tests that count them)."""
    return tuple(text.split("\n"))


# `text.split("\n")` as a tuple, the same object again while the same text is asked for (read-only, shared)
split_lines: PerText[tuple[str, ...]] = PerText(lambda text: _split(text))  # (_split looked up at each call)
