"""Fresh set 88 of the gold corpus (tender documents, a ministry's 管理办法, a team's rules, a company charter,
agreements, operating manuals and product descriptions): the documents load, each gold heading sits on its text line,
each has its source, and a third of them, drawn with a fixed seed, is dev."""

from __future__ import annotations

import pytest

from corpus_sets import check_draw, check_headings_sit_on_their_lines, gold_set, provenance_rows

SET = gold_set("f88")


def test_the_set_has_fifteen_documents_from_ten_repositories():
    rows = provenance_rows("f88", SET)
    assert len(SET) == 15
    assert len({r[2] for r in rows}) == 10  # four from the bid toolkit, two each from the titrator and the POS system


@pytest.mark.parametrize("gold_path", SET, ids=[p.stem for p in SET])
def test_each_document_loads_and_its_gold_headings_sit_on_their_lines(gold_path):
    check_headings_sit_on_their_lines(gold_path)


def test_a_third_drawn_with_a_fixed_seed_is_dev_and_the_rest_stays_fresh():
    assert len(SET) == 15
    check_draw(SET, 75)  # f88_tools/draw.py
