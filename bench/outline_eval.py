"""Score the outline against the gold corpus (tests/data/corpus): precision, recall, F1 and depth accuracy per document.

A found heading counts when it sits on the gold heading's line with the same marker (spaces ignored), or, for an
unnumbered heading, the same title. Depth accuracy is over the matched headings. Run:
    python bench/outline_eval.py [--split dev|heldout|all] [--worst N]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.text.document import load_document  # noqa: E402

CORPUS = ROOT / "tests" / "data" / "corpus"


def _key(marker: str, title: str) -> str:
    return "".join((marker or title).split())


def score(gold_path: Path) -> dict:
    """One document's figures."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    start = time.perf_counter()
    doc = load_document(CORPUS / "docs" / gold["file"])
    seconds = time.perf_counter() - start
    want = {(g["line"], _key(g["marker"], g["title"])): g["depth"] for g in gold["headings"]}
    got = {(h.line, _key(h.marker, h.title)): h.depth for h in doc.headings}
    matched = set(want) & set(got)
    p = len(matched) / len(got) if got else (1.0 if not want else 0.0)
    r = len(matched) / len(want) if want else (1.0 if not got else 0.0)
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    depth = sum(want[k] == got[k] for k in matched) / len(matched) if matched else (1.0 if not want else 0.0)
    return {"file": gold["file"], "split": gold.get("split", "dev"), "gold": len(want), "found": len(got),
            "precision": p, "recall": r, "f1": f1, "depth": depth, "seconds": seconds,
            "missed": sorted(set(want) - set(got))[:5], "extra": sorted(set(got) - set(want))[:5],
            "wrong_depth": sorted(k for k in matched if want[k] != got[k])[:5]}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "heldout", "all"), default="all")
    parser.add_argument("--worst", type=int, default=5, help="show the reasons for the N lowest-scoring documents")
    args = parser.parse_args(argv)
    rows = [score(p) for p in sorted((CORPUS / "gold").glob("*.json"))]
    rows = [r for r in rows if args.split == "all" or r["split"] == args.split]
    print(f"{'document':55} {'split':7} {'gold':>5} {'found':>5} {'P':>5} {'R':>5} {'F1':>5} {'depth':>5} {'ms':>6}")
    for r in rows:
        print(f"{r['file']:55} {r['split']:7} {r['gold']:5d} {r['found']:5d} {r['precision']:5.2f} {r['recall']:5.2f} "
              f"{r['f1']:5.2f} {r['depth']:5.2f} {1000 * r['seconds']:6.1f}")
    for split in ("dev", "heldout", "all"):
        part = [r for r in rows if split == "all" or r["split"] == split]
        if part:
            print(f"macro {split:8} n={len(part):3d}  F1 {statistics.mean(r['f1'] for r in part):.3f}  "
                  f"depth {statistics.mean(r['depth'] for r in part):.3f}  "
                  f"P {statistics.mean(r['precision'] for r in part):.3f}  R {statistics.mean(r['recall'] for r in part):.3f}  "
                  f"ms/doc {1000 * statistics.mean(r['seconds'] for r in part):.1f}")
    for r in sorted(rows, key=lambda r: (r["f1"], r["depth"]))[:args.worst]:
        print(f"\n{r['file']}: F1 {r['f1']:.2f} depth {r['depth']:.2f}")
        for label in ("missed", "extra", "wrong_depth"):
            if r[label]:
                print(f"  {label}: {r[label]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
