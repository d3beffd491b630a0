"""Whole-text translate cut into slices gives exactly what one call gives, at and across slice boundaries."""

from __future__ import annotations

import pytest

from reader.text import slices
from reader.text.fold import fold, fold_table
from reader.text.garble import find_garbled
from support import CORPUS


@pytest.mark.parametrize("length", [0, 1, slices.SLICE_CHARS - 1, slices.SLICE_CHARS, slices.SLICE_CHARS + 1,
                                    3 * slices.SLICE_CHARS + 7])
def test_sliced_translate_equals_one_call(length):
    text = ("𠮷發ＡB\n監督?" * (length // 7 + 1))[:length]  # astral characters land on slice boundaries too
    assert slices.translate(text, fold_table()) == text.translate(fold_table())
    assert slices.translate(text, {ord("發"): "发", ord("?"): None}) == text.translate({ord("發"): "发", ord("?"): None})


def test_garbled_runs_and_folding_of_a_long_real_text_are_unchanged_by_slicing():
    text = "\n".join(p.read_text(encoding="utf-8", errors="replace") for p in sorted(CORPUS.glob("*")))
    text = (text * (2 * slices.SLICE_CHARS // len(text) + 2))
    assert len(text) > 2 * slices.SLICE_CHARS
    assert fold(text) == text.translate(fold_table())
    damaged = text[:slices.SLICE_CHARS - 3] + "?鏂囦欢?鍚嶇О?" + text[slices.SLICE_CHARS - 3:]
    (run,) = [g for g in find_garbled(damaged) if slices.SLICE_CHARS - 10 < g.start < slices.SLICE_CHARS]
    assert "鏂囦欢" in run.text
