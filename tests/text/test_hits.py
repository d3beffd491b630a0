"""Hit navigation: merged order, next/previous with wrapping, range queries."""

from __future__ import annotations

import pytest

from reader.text.hits import Hit, Hits
from reader.text.keywords import find_all

TEXT = "国务院关于国务工作的通知。国务院办公厅：国务院决定……"
#       0  3 5      12 13   17 20   23


def _hits() -> Hits:
    return Hits.from_spans(find_all(TEXT, ["国务院", "通知", "国务"]))


def test_merged_in_document_order_ties_by_span_then_word_order():
    hits = _hits()
    assert [(h.start, h.word) for h in hits][:4] == [(0, "国务"), (0, "国务院"), (5, "国务"), (10, "通知")]
    assert [h.start for h in hits] == sorted(h.start for h in hits)
    assert all(TEXT[h.start:h.end] == h.word for h in hits)


def test_counts_include_words_without_hits():
    hits = Hits.from_spans(find_all(TEXT, ["国务院", "宪法"]))
    assert hits.counts() == {"国务院": 3, "宪法": 0}


@pytest.mark.parametrize(
    "position, expected_start",
    [(-1, 0), (0, 5), (4, 5), (5, 10), (10, 13), (22, 0)],
)
def test_next_after_is_strict_and_wraps(position, expected_start):
    hits = _hits()
    assert hits[hits.next_after(position)].start == expected_start


@pytest.mark.parametrize(
    "position, expected_start",
    [(100, 20), (20, 13), (13, 10), (5, 0), (0, 20)],
)
def test_previous_before_is_strict_and_wraps(position, expected_start):
    hits = _hits()
    assert hits[hits.previous_before(position)].start == expected_start


def test_equal_starts_land_on_the_first_in_both_directions():
    hits = _hits()
    assert hits.previous_before(5) == 0
    assert hits.next_after(-1) == 0
    assert hits[hits.previous_before(0)].word == "国务"  # wrapped to the last position's first hit


def test_no_wrap_gives_none_at_the_ends():
    hits = _hits()
    assert hits.next_after(20, wrap=False) is None
    assert hits.previous_before(0, wrap=False) is None
    assert hits[hits.first_from(20, wrap=False)].start == 20


def test_first_from_is_inclusive():
    hits = _hits()
    assert hits[hits.first_from(13)].start == 13
    assert hits[hits.first_from(14)].start == 20


def test_empty_hits_navigate_to_nothing():
    hits = Hits.from_spans({"x": []})
    assert len(hits) == 0
    assert hits.next_after(0) is None and hits.previous_before(0) is None
    assert hits.overlapping(0, 100) == range(0, 0)


def test_overlapping_covers_every_hit_touching_the_range():
    spans = {"长词语长词语": [(0, 6), (50, 56)], "a": [(3, 4), (8, 9), (60, 61)]}
    hits = Hits.from_spans(spans)
    for a, b in [(0, 1), (5, 9), (9, 50), (55, 58), (57, 60), (61, 70)]:
        chosen = {hits[i] for i in hits.overlapping(a, b)}
        touching = {h for h in hits if h.start < b and h.end > a}
        assert touching <= chosen, (a, b)
    assert Hit(60, 61, "a") not in {hits[i] for i in hits.overlapping(0, 10)}
