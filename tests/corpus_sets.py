"""What every fresh gold set's test checks, written once: its PROVENANCE rows, its headings on their lines, its draw."""

from __future__ import annotations

import json
import random
from pathlib import Path

from reader.text.document import load_document
from support import DATA

CORPUS = DATA / "corpus"


def gold_set(prefix: str) -> list[Path]:
    """The gold files of one set ('f88'), in name order."""
    return sorted((CORPUS / "gold").glob(f"{prefix}_*.json"))


def gold(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def provenance_rows(prefix: str, golds: list[Path]) -> list[list[str]]:
    """The set's PROVENANCE rows, checked to name exactly its documents: a document without a source cannot land."""
    provenance = (CORPUS / "PROVENANCE.md").read_text(encoding="utf-8")
    rows = [line.split(" | ") for line in provenance.splitlines() if line.startswith(f"| docs/{prefix}_")]
    assert sorted(r[0][2:] for r in rows) == sorted(f"docs/{gold(p)['file']}" for p in golds)
    assert all(len(r[4][:40]) == 40 and r[4][:40].isalnum() for r in rows)  # the commit each source was taken at
    return rows


def check_headings_sit_on_their_lines(gold_path: Path) -> None:
    """The document loads, its first line is the gold title, and each gold heading is on its line, depths stepping."""
    want = gold(gold_path)
    path = CORPUS / "docs" / want["file"]
    lines = path.read_text(encoding="utf-8").split("\n")
    assert lines[0].strip() == want["title"]
    assert load_document(path).paragraphs
    depth, line = 0, 0
    for h in want["headings"]:
        text = lines[h["line"] - 1].strip(" \u3000\t")
        assert text.startswith(h["marker"]) and h["title"] in text
        assert h["line"] > line and 1 <= h["depth"] <= depth + 1
        depth, line = h["depth"], h["line"]


def check_draw(golds: list[Path], seed: int, drawn_count: int = 5) -> None:
    """The documents drawn with the set's seed are dev, the rest held out and fresh (its tools' draw.py)."""
    drawn = set(random.Random(seed).sample([p.stem for p in golds], drawn_count))
    for path in golds:
        got = gold(path)
        assert (got["split"], bool(got["fresh"])) == (("dev", False) if path.stem in drawn else ("heldout", True))
