"""Whole-text C calls cut into slices: one str.translate over megabytes holds the GIL for a tenth of a second or
more, and the window's thread waits that long for it while a worker reads a document."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

SLICE_CHARS = 1 << 16  # about 10 ms of translate on this machine: below a frame's worth of waiting


def translate(text: str, table: Mapping[int, object] | Sequence[object]) -> str:
    """`text.translate(table)`, a slice at a time (the same result: slicing never splits a character)."""
    if len(text) <= SLICE_CHARS:
        return text.translate(table)
    return "".join(text[i:i + SLICE_CHARS].translate(table) for i in range(0, len(text), SLICE_CHARS))
