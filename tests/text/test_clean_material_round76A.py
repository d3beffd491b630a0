"""Round 76A: eight dev documents for bench/clean_eval.py from producers the cleaner had not seen — a company's
half-year report, a university regulation made with Word, Chinese journals' first pages. Checked here: each gold file
is well formed and written from its own extract, each document has its provenance row, and no repository is one used
before."""

from __future__ import annotations

import json
import re

import pytest

from reader.text.document import load_document
from support import DATA

MATERIAL = DATA / "cleaning"
NEW = ("pdf_inly_halfyear_default_p2_3.txt", "pdf_inly_halfyear_default_p9_10.txt",
       "pdf_inly_halfyear_layout_p11_12.txt", "pdf_whu_rules_default_p4_5.txt", "pdf_whu_rules_layout_p1_2.txt",
       "pdf_aas_sample_default_p1.txt", "pdf_aps_sample_default_p1.txt", "pdf_amas_sample_default_p1_2.txt")


def _bare(text: str) -> str:
    return "".join(text.split())


def test_the_round_is_eight_dev_documents_from_three_repositories_not_used_before():
    text = (MATERIAL / "PROVENANCE.md").read_text(encoding="utf-8")
    before, _, section = text.partition("## Round 76A material")
    rows = [line.split(" | ") for line in section.partition("\n## ")[0].splitlines() if line.startswith("| docs/")]
    assert sorted(r[0][len("| docs/"):] for r in rows) == sorted(NEW)
    repos = {r[2] for r in rows}
    assert len(repos) == 3 and all(r[1] == "dev" for r in rows)
    assert all(len(r[4].strip(" |")) == 40 for r in rows)  # the commit each source was taken at
    corpus = (DATA / "corpus" / "PROVENANCE.md").read_text(encoding="utf-8")
    assert not [r for r in repos if f"| {r} |" in before or f"| {r} |" in corpus]


@pytest.mark.parametrize("name", NEW)
def test_each_new_gold_file_is_well_formed_and_written_from_its_extract(name):
    gold = json.loads((MATERIAL / "gold" / (name.rsplit(".", 1)[0] + ".json")).read_text(encoding="utf-8"))
    assert gold["file"] == name and gold["split"] == "dev" and gold["meta"] == {}
    assert gold["paragraphs"] and all(isinstance(p, str) and p.strip() for p in gold["paragraphs"])
    assert not set(map(_bare, gold["paragraphs"])) & set(map(_bare, gold["optional"]))
    raw = (MATERIAL / "docs" / name).read_text(encoding="utf-8")
    pages = gold["source_pages"]
    assert raw.count("\f") == pages[-1] - pages[0] + 1  # one page a form feed
    source = _bare(raw)
    chars = set(source)
    texts = gold["paragraphs"] + gold["optional"] + gold["chrome"]
    assert all(set(_bare(text)) <= chars for text in texts)  # every character from the extract: nothing typed in
    runs = [run for text in texts for run in re.findall("[\u4e00-\u9fff]+", text)]
    assert sum(run in source for run in runs) >= 0.95 * len(runs)  # its words as the lines have them
    assert load_document(MATERIAL / "docs" / name).paragraphs
