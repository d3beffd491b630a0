"""Round 75A: eight dev documents for bench/clean_eval.py — typeset (LaTeX) PDF extracts of thesis templates, a
contest paper and a class manual, the kind the held-out part scores lowest on. Checked here: each gold file is well
formed and written from its own extract, each document has its provenance row, and no repository is one used before."""

from __future__ import annotations

import pytest

from cleaning_rounds import check_gold_from_its_extract, round_repositories

NEW = ("pdf_xdu_thesis_default_p9_10.txt", "pdf_xdu_thesis_layout_p13_14.txt", "pdf_cumcm_paper_default_p5_6.txt",
       "pdf_cumcm_paper_layout_p7_8.txt", "pdf_uestc_thesis_default_p8.txt", "pdf_uestc_thesis_default_p10_11.txt",
       "pdf_cquthesis_doc_default_p4_5.txt", "pdf_cquthesis_doc_layout_p10_11.txt")


def test_the_round_is_eight_dev_documents_from_four_repositories_not_used_before():
    assert len(round_repositories("Round 75A", NEW)) == 4


@pytest.mark.parametrize("name", NEW)
def test_each_new_gold_file_is_well_formed_and_written_from_its_extract(name):
    check_gold_from_its_extract(name)
