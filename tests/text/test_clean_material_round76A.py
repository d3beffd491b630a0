"""Round 76A: eight dev documents for bench/clean_eval.py from producers the cleaner had not seen — a company's
half-year report, a university regulation made with Word, Chinese journals' first pages. Checked here: each gold file
is well formed and written from its own extract, each document has its provenance row, and no repository is one used
before."""

from __future__ import annotations

import pytest

from cleaning_rounds import check_gold_from_its_extract, round_repositories

NEW = ("pdf_inly_halfyear_default_p2_3.txt", "pdf_inly_halfyear_default_p9_10.txt",
       "pdf_inly_halfyear_layout_p11_12.txt", "pdf_whu_rules_default_p4_5.txt", "pdf_whu_rules_layout_p1_2.txt",
       "pdf_aas_sample_default_p1.txt", "pdf_aps_sample_default_p1.txt", "pdf_amas_sample_default_p1_2.txt")


def test_the_round_is_eight_dev_documents_from_three_repositories_not_used_before():
    assert len(round_repositories("Round 76A", NEW)) == 3


@pytest.mark.parametrize("name", NEW)
def test_each_new_gold_file_is_well_formed_and_written_from_its_extract(name):
    check_gold_from_its_extract(name)
