"""What every round of new cleaning material is checked for, written once: its PROVENANCE section names exactly its
documents from repositories not used before, and each gold file is well formed and written from its own extract."""

from __future__ import annotations

import json
import re

from reader.text.document import load_document
from support import DATA

MATERIAL = DATA / "cleaning"


def _bare(text: str) -> str:
    return "".join(text.split())


def round_repositories(round_name: str, names: tuple[str, ...]) -> set[str]:
    """The repositories of the round's PROVENANCE section ('Round 76A'), all dev rows naming exactly `names`, none
    used before (here or in the outline corpus)."""
    text = (MATERIAL / "PROVENANCE.md").read_text(encoding="utf-8")
    before, _, section = text.partition(f"## {round_name} material")
    rows = [line.split(" | ") for line in section.partition("\n## ")[0].splitlines() if line.startswith("| docs/")]
    assert sorted(r[0][len("| docs/"):] for r in rows) == sorted(names)
    assert all(r[1] == "dev" for r in rows)
    assert all(len(r[4].strip(" |")) == 40 for r in rows)  # the commit each source was taken at
    repos = {r[2] for r in rows}
    corpus = (DATA / "corpus" / "PROVENANCE.md").read_text(encoding="utf-8")
    assert not [r for r in repos if f"| {r} |" in before or f"| {r} |" in corpus]
    return repos


def check_gold_from_its_extract(name: str) -> None:
    """Well formed, one page a form feed, every character from the extract (nothing typed in), its words as there."""
    gold = json.loads((MATERIAL / "gold" / (name.rsplit(".", 1)[0] + ".json")).read_text(encoding="utf-8"))
    assert gold["file"] == name and gold["split"] == "dev" and gold["meta"] == {}
    assert gold["paragraphs"] and all(isinstance(p, str) and p.strip() for p in gold["paragraphs"])
    assert not set(map(_bare, gold["paragraphs"])) & set(map(_bare, gold["optional"]))
    raw = (MATERIAL / "docs" / name).read_text(encoding="utf-8")
    pages = gold["source_pages"]
    assert raw.count("\f") == pages[-1] - pages[0] + 1
    source = _bare(raw)
    chars = set(source)
    texts = gold["paragraphs"] + gold["optional"] + gold["chrome"]
    assert all(set(_bare(text)) <= chars for text in texts)
    runs = [run for text in texts for run in re.findall("[\u4e00-\u9fff]+", text)]
    assert sum(run in source for run in runs) >= 0.95 * len(runs)  # (a paragraph read on past a running head or a
    # formula's lifted exponents holds a few runs the extract parts)
    assert load_document(MATERIAL / "docs" / name).paragraphs
