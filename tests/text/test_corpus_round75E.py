"""Fresh set 88 of the gold corpus (tender documents, a ministry's 管理办法, a team's rules, a company charter,
agreements, operating manuals and product descriptions): the documents load, each gold heading sits on its text line,
each has its source, and a third of them, drawn with a fixed seed, is dev."""

from __future__ import annotations

import json
import random

import pytest

from reader.text.document import load_document
from support import DATA

CORPUS = DATA / "corpus"
SET = sorted((CORPUS / "gold").glob("f88_*.json"))


def _gold(path):
    return json.loads(path.read_text(encoding="utf-8"))


def test_the_set_has_fifteen_documents_from_ten_repositories():
    provenance = (CORPUS / "PROVENANCE.md").read_text(encoding="utf-8")
    rows = [line.split(" | ") for line in provenance.splitlines() if line.startswith("| docs/f88_")]
    assert len(SET) == 15
    assert sorted(r[0][2:] for r in rows) == sorted(f"docs/{_gold(p)['file']}" for p in SET)
    assert len({r[2] for r in rows}) == 10  # four from the bid toolkit, two each from the titrator and the POS system
    assert all(len(r[4][:40]) == 40 and r[4][:40].isalnum() for r in rows)  # the commit each source was taken at


@pytest.mark.parametrize("gold_path", SET, ids=[p.stem for p in SET])
def test_each_document_loads_and_its_gold_headings_sit_on_their_lines(gold_path):
    gold = _gold(gold_path)
    path = CORPUS / "docs" / gold["file"]
    lines = path.read_text(encoding="utf-8").split("\n")
    assert lines[0].strip() == gold["title"]
    assert load_document(path).paragraphs
    depth, line = 0, 0
    for h in gold["headings"]:
        text = lines[h["line"] - 1].strip(" \u3000\t")
        assert text.startswith(h["marker"]) and h["title"] in text
        assert h["line"] > line and 1 <= h["depth"] <= depth + 1
        depth, line = h["depth"], h["line"]


def test_a_third_drawn_with_a_fixed_seed_is_dev_and_the_rest_stays_fresh():
    drawn = set(random.Random(75).sample([p.stem for p in SET], 5))  # f88_tools/draw.py
    assert len(SET) == 15
    for path in SET:
        gold = _gold(path)
        assert (gold["split"], bool(gold["fresh"])) == (("dev", False) if path.stem in drawn else ("heldout", True))
