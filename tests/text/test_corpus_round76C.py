"""Fresh set 89 of the gold corpus (a judgment, a university regulation, minutes, standards, manuals, a white paper, a
report, Traditional Chinese game rules): the documents load, each gold heading sits on its text line, each has its
source, and a third of them, drawn with a fixed seed, is dev."""

from __future__ import annotations

import json
import random

import pytest

from reader.text.document import load_document
from support import DATA

CORPUS = DATA / "corpus"
SET = sorted((CORPUS / "gold").glob("f89_*.json"))


def _gold(path):
    return json.loads(path.read_text(encoding="utf-8"))


def test_the_set_has_fifteen_documents_from_twelve_repositories():
    provenance = (CORPUS / "PROVENANCE.md").read_text(encoding="utf-8")
    rows = [line.split(" | ") for line in provenance.splitlines() if line.startswith("| docs/f89_")]
    assert len(SET) == 15
    assert sorted(r[0][2:] for r in rows) == sorted(f"docs/{_gold(p)['file']}" for p in SET)
    assert len({r[2] for r in rows}) == 12  # two each from the law student's, the campus agent's and the mod tool's
    assert all(len(r[4][:40]) == 40 and r[4][:40].isalnum() for r in rows)  # the commit each source was taken at
    splits = {r[0][7:-4]: r[1] for r in rows}  # each row's split is its gold's
    assert splits == {p.stem: _gold(p)["split"] for p in SET}


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
    drawn = set(random.Random(76).sample([p.stem for p in SET], 5))  # f89_tools/draw.py
    assert len(SET) == 15
    for path in SET:
        gold = _gold(path)
        assert (gold["split"], bool(gold["fresh"])) == (("dev", False) if path.stem in drawn else ("heldout", True))
