"""Fresh set 86b of the gold corpus: the documents load, each gold heading sits on its text line, each has its source."""

from __future__ import annotations

import pytest

from corpus_sets import check_draw, check_headings_sit_on_their_lines, gold_set, provenance_rows

SET = gold_set("f86b")


def test_the_set_has_fifteen_documents_from_fifteen_repositories():
    rows = provenance_rows("f86b", SET)
    assert all(len(r[4]) == 40 for r in rows)  # the commit column holds the commit alone
    assert len(SET) == 15
    assert len({r[2] for r in rows}) == 15


@pytest.mark.parametrize("gold_path", SET, ids=[p.stem for p in SET])
def test_each_document_loads_and_its_gold_headings_sit_on_their_lines(gold_path):
    check_headings_sit_on_their_lines(gold_path)


def test_a_third_drawn_with_a_fixed_seed_is_dev_and_the_rest_stays_fresh():
    assert len(SET) == 15
    check_draw(SET, 73)  # f86b_tools/draw.py
