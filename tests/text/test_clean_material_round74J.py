"""Round 74J: twelve held-out documents for bench/clean_eval.py (issue 9, classes 10–11), so that the held-out part
(26 documents, not 14) can tell a cleaning rule that generalises from one fitted to the dev pages. Checked here: each
gold file is well formed and written from its own document, and each document has its provenance row."""

from __future__ import annotations

import html
import json
import re

import pytest

from reader.text.document import load_document
from support import DATA

MATERIAL = DATA / "cleaning"
NEW = ("pdf_hithesis_layout_p16_17.txt", "pdf_hithesis_default_p20_21.txt", "pdf_elegantpaper_default_p1_2.txt",
       "pdf_elegantnote_default_p2_3.txt", "pdf_bitcoin_zh_default_p2_3.txt", "pdf_bitcoin_zh_layout_p5_6.txt",
       "pdf_zju_rules_default_p1_3.txt", "pdf_zju_rules_layout_p4_5.txt", "pdf_latex_install_guide_layout_p4_5.txt",
       "pdf_lnotes_default_p31_32.txt", "pdf_lnotes_layout_p75_76.txt", "web_qdaily_dating_app.html")
KEYS = {"file", "split", "source_pages", "source_lines", "meta", "paragraphs", "optional", "chrome"}
FIELDS = {"title", "date", "source", "author", "editor"}


def _gold(name: str) -> dict:
    return json.loads((MATERIAL / "gold" / (name.rsplit(".", 1)[0] + ".json")).read_text(encoding="utf-8"))


def _rows() -> dict[str, list[str]]:
    text = (MATERIAL / "PROVENANCE.md").read_text(encoding="utf-8")
    rows = [line.split(" | ") for line in text.splitlines() if line.startswith("| docs/")]
    return {r[0][len("| docs/"):]: [c.strip(" |") for c in r[1:]] for r in rows}


def _bare(text: str) -> str:
    return "".join(text.split())


def test_the_set_has_75_documents_26_held_out_each_with_one_provenance_row():
    golds = sorted((MATERIAL / "gold").glob("*.json"))
    splits = [json.loads(p.read_text(encoding="utf-8"))["split"] for p in golds]
    assert (len(golds), splits.count("dev"), splits.count("heldout")) == (75, 49, 26)
    rows = _rows()
    assert sorted(rows) == sorted(json.loads(p.read_text(encoding="utf-8"))["file"] for p in golds)
    assert all(len(r[3]) == 40 and int(r[3], 16) >= 0 for r in rows.values())  # the commit each source was taken at


def test_the_round_is_twelve_held_out_documents_from_eight_repositories_not_used_before():
    text = (MATERIAL / "PROVENANCE.md").read_text(encoding="utf-8")
    before, _, section = text.partition("## Round 74J material")
    section = section.partition("\n## ")[0]  # (later rounds' sections follow it)
    rows = [line.split(" | ") for line in section.splitlines() if line.startswith("| docs/")]
    assert sorted(r[0][len("| docs/"):] for r in rows) == sorted(NEW)
    repos = {r[2] for r in rows}
    assert len(repos) == 8 and all(r[1] == "heldout" for r in rows)
    corpus = (DATA / "corpus" / "PROVENANCE.md").read_text(encoding="utf-8")
    assert not [r for r in repos if f"| {r} |" in before or f"| {r} |" in corpus]  # no row of either table uses it


@pytest.mark.parametrize("name", NEW)
def test_each_new_gold_file_is_well_formed_and_written_from_its_document(name):
    gold = _gold(name)
    assert set(gold) <= KEYS and gold["file"] == name and gold["split"] == "heldout"
    assert gold["paragraphs"] and all(isinstance(p, str) and p.strip() for p in gold["paragraphs"])
    assert all(isinstance(t, str) and t.strip() for t in gold["optional"] + gold["chrome"])
    assert set(gold["meta"]) <= FIELDS and all(v.strip() for v in gold["meta"].values())
    assert not set(map(_bare, gold["paragraphs"])) & set(map(_bare, gold["optional"]))
    raw = (MATERIAL / "docs" / name).read_text(encoding="utf-8")
    texts = [_bare(t) for t in gold["paragraphs"] + gold["optional"] + gold["chrome"]]
    if name.startswith("pdf_"):
        first, last = map(int, re.search(r"_p(\d+)_(\d+)\.txt$", name).group(1, 2))
        assert gold["source_pages"] == [first, last] and raw.count("\f") == last - first + 1  # one page a form feed
        lines = [_bare(line) for line in raw.split("\n")]
        assert not [t[:20] for t in texts if not _of_lines(t, lines, 0)]
    else:
        source = _bare(html.unescape(re.sub(r"<[^>]*>", "", raw)))
        assert not [t[:20] for t in texts if t not in source]
    assert load_document(MATERIAL / "docs" / name).paragraphs


def _of_lines(text: str, lines: list[str], start: int) -> bool:
    """Whether the text is whole lines of the extract in their order (a paragraph may skip a figure or a page foot)."""
    if not text:
        return True
    return any(line and text.startswith(line) and _of_lines(text[len(line):], lines, k + 1)
               for k, line in enumerate(lines[start:], start))
