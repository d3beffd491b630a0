"""Fresh set 89 of the gold corpus (a judgment, a university regulation, minutes, standards, manuals, a white paper, a
report, Traditional Chinese game rules): the documents load, each gold heading sits on its text line, each has its
source, and a third of them, drawn with a fixed seed, is dev."""

from __future__ import annotations

import pytest

from corpus_sets import check_draw, check_headings_sit_on_their_lines, gold, gold_set, provenance_rows

SET = gold_set("f89")


def test_the_set_has_fifteen_documents_from_twelve_repositories():
    rows = provenance_rows("f89", SET)
    assert len(SET) == 15
    assert len({r[2] for r in rows}) == 12  # two each from the law student's, the campus agent's and the mod tool's
    splits = {r[0][7:-4]: r[1] for r in rows}  # each row's split is its gold's
    assert splits == {p.stem: gold(p)["split"] for p in SET}


@pytest.mark.parametrize("gold_path", SET, ids=[p.stem for p in SET])
def test_each_document_loads_and_its_gold_headings_sit_on_their_lines(gold_path):
    check_headings_sit_on_their_lines(gold_path)


def test_a_third_drawn_with_a_fixed_seed_is_dev_and_the_rest_stays_fresh():
    assert len(SET) == 15
    check_draw(SET, 76)  # f89_tools/draw.py
