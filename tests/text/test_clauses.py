"""The clause a double-click selects in Chinese text (reader.text.clauses; the window converts Qt positions)."""

from __future__ import annotations

import pytest

from reader.text.clauses import clause_around

TEXT = "电脑的内存和U盘都很重要，人大监督发展。内存不足时，信息无法保存到U盘里"


@pytest.mark.parametrize("inside, clause", [
    ("人大", "人大监督发展"),
    ("电脑", "电脑的内存和U盘都很重要"),
    ("U盘里", "信息无法保存到U盘里"),
    ("不足", "内存不足时"),
])
def test_the_clause_around_a_place_ends_at_chinese_punctuation(inside, clause):
    left, right = clause_around(TEXT, TEXT.index(inside) + 1)
    assert TEXT[left:right] == clause


@pytest.mark.parametrize("text, at, bounds", [
    ("abc def", 2, (0, 7)),  # no Chinese mark: the whole run (the window then keeps Qt's own word)
    ("", 0, (0, 0)),
    ("《决定》", 0, (0, 0)),  # right before a mark: an empty clause, left as Qt selected it
    ("𠮷𠮷人大，监督", 3, (0, 4)),  # Python indices: a character past U+FFFF is one
])
def test_texts_without_marks_and_edges(text, at, bounds):
    assert clause_around(text, at) == bounds
