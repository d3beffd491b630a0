"""How far a careful reader agrees with the gold, next to the outline: a measure of what the gold asks.

Four helpers wrote blind outlines (tests/data/corpus/agreement/A–D) from the plain text alone, as the reader gets it,
under the collectors' conventions and without seeing gold, sources or the reader's output: A and B on 30 dev
documents drawn at random (`random.Random(20261211)`, among dev documents of at most 600 lines), C and D on 30
held-out ones (`random.Random(20261212)`, renamed doc01–doc30 for them; `heldout_names.json`), with 6 documents
of each draw done by both. Scored with outline_eval's matching (line and marker, or line and title). Run:
    python bench/agreement_eval.py
"""

from __future__ import annotations

import json
import statistics
from pathlib import Path

from outline_eval import CORPUS, _key, load_document

AGREEMENT = CORPUS / "agreement"


def _outline(headings: list[dict]) -> dict[tuple[int, str], int]:
    return {(h["line"], _key(h["marker"], h["title"])): h["depth"] for h in headings}


def agreement(want: dict, got: dict) -> tuple[float, float]:
    """F1 of the headings and the share of shared headings at the same depth, as outline_eval scores the model."""
    if not want and not got:
        return 1.0, 1.0
    shared = set(want) & set(got)
    p = len(shared) / len(got) if got else 0.0
    r = len(shared) / len(want) if want else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return f1, (sum(want[k] == got[k] for k in shared) / len(shared) if shared else 0.0)


def main() -> int:
    names = json.loads((AGREEMENT / "heldout_names.json").read_text(encoding="utf-8"))
    rows: dict[str, list[tuple[float, float]]] = {}
    for blind in sorted(p for p in AGREEMENT.iterdir() if p.is_dir()):
        for path in sorted(blind.glob("*.json")):
            stem = Path(names.get(path.stem + ".txt", path.stem + ".txt")).stem
            gold = json.loads((CORPUS / "gold" / f"{stem}.json").read_text(encoding="utf-8"))
            human = _outline(json.loads(path.read_text(encoding="utf-8"))["headings"])
            model = {(h.line, _key(h.marker, h.title)): h.depth
                     for h in load_document(CORPUS / "docs" / gold["file"]).headings}
            split = gold.get("split", "dev")
            rows.setdefault(f"{split:8} gold ~ reader {blind.name}", []).append(
                agreement(_outline(gold["headings"]), human))
            rows.setdefault(f"{split:8} gold ~ outline (same documents)", []).append(
                agreement(_outline(gold["headings"]), model))
            rows.setdefault(f"{split:8} reader {blind.name} ~ outline", []).append(agreement(human, model))
            for other in sorted(p for p in AGREEMENT.iterdir() if p.is_dir() and p.name > blind.name):
                twin = other / path.name
                if twin.exists():
                    rows.setdefault(f"{split:8} reader {blind.name} ~ reader {other.name}", []).append(
                        agreement(human, _outline(json.loads(twin.read_text(encoding="utf-8"))["headings"])))
    for label, scores in sorted(rows.items()):
        print(f"{label:44} n={len(scores):3d}  F1 {statistics.mean(f for f, _ in scores):.3f}  "
              f"depth {statistics.mean(d for _, d in scores):.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
