"""Score cleaning on real material (tests/data/cleaning): paragraph F1, metadata fields found, chrome lines left.

Each gold file lists the paragraphs a reader should get from one document (a PDF extract or a saved web page), the
lines that may stay or go (`optional`), page furniture that must not stay as a paragraph of its own (`chrome`, beyond
any copy the gold keeps) and the metadata the page states (`meta`). Paragraphs are compared with all whitespace
removed, each gold paragraph matched at most once. A metadata field counts as found when the cleaner's value starts
with the gold value (dates: their digits).
`heldout` documents are measured only. Run:
    python bench/clean_eval.py [--split dev|heldout|all] [--show NAME]
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

MATERIAL = ROOT / "tests" / "data" / "cleaning"
FIELDS = ("title", "date", "source", "author", "editor")


def _bare(text: str) -> str:
    return "".join(text.split())


def _field_found(field: str, want: str, got: str) -> bool:
    if field == "date":
        digits = "".join(c for c in want if c.isdigit())
        return bool(digits) and "".join(c for c in got if c.isdigit()).startswith(digits)
    return bool(got) and _bare(got).startswith(_bare(want))


def score(gold_path: Path) -> dict:
    """One document's figures, with what was missed and what was left over."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    start = time.perf_counter()
    doc = load_document(MATERIAL / "docs" / gold["file"])
    seconds = time.perf_counter() - start
    got = [_bare(p.text) for p in doc.paragraphs]
    pool: dict[str, int] = {}
    for t in map(_bare, gold["paragraphs"]):
        pool[t] = pool.get(t, 0) + 1
    optional = {_bare(t) for t in gold.get("optional", [])}
    hit, extra = 0, []
    for t in got:
        if pool.get(t):
            pool[t] -= 1
            hit += 1
        elif t not in optional:
            extra.append(t)
    want_n = len(gold["paragraphs"])
    counted = hit + len(extra)
    p = hit / counted if counted else 1.0
    r = hit / want_n if want_n else 1.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    chrome = {_bare(t) for t in gold.get("chrome", []) if t.strip()}
    wanted = [_bare(t) for t in gold["paragraphs"]]  # a running header may repeat a heading that must stay once
    left = sorted(t for t in chrome if got.count(t) > wanted.count(t))
    values = {"title": doc.title, "date": doc.date, "source": doc.source, "author": doc.author, "editor": doc.editor}
    meta = gold.get("meta", {})
    found = [k for k in meta if _field_found(k, meta[k], values.get(k, ""))]
    return {"file": gold["file"], "split": gold.get("split", "dev"), "paragraphs": want_n, "got": len(got),
            "precision": p, "recall": r, "f1": f1, "meta": len(meta), "meta_found": len(found),
            "meta_missed": {k: (meta[k], values.get(k, "")) for k in meta if k not in found},
            "chrome": len(chrome), "chrome_left": left, "seconds": seconds,
            "missed": [t for t, n in pool.items() for _ in range(n)], "extra": extra}


def _in(row: dict, split: str) -> bool:
    return split == "all" or row["split"] == split


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "heldout", "all"), default="all")
    parser.add_argument("--show", help="print the missed and left-over paragraphs of one document (a dev document)")
    args = parser.parse_args(argv)
    rows = [score(p) for p in sorted((MATERIAL / "gold").glob("*.json"))]
    rows = [r for r in rows if _in(r, args.split)]
    print(f"{'document':44} {'split':7} {'gold':>4} {'got':>4} {'P':>5} {'R':>5} {'F1':>5} {'meta':>5} {'chrome':>7} "
          f"{'ms':>6}")
    for r in rows:
        print(f"{r['file']:44} {r['split']:7} {r['paragraphs']:4d} {r['got']:4d} {r['precision']:5.2f} "
              f"{r['recall']:5.2f} {r['f1']:5.2f} {r['meta_found']:2d}/{r['meta']:<2d} "
              f"{len(r['chrome_left']):3d}/{r['chrome']:<3d} {1000 * r['seconds']:6.1f}")
    for split in ("dev", "heldout", "all"):
        part = [r for r in rows if _in(r, split)]
        if not part:
            continue
        metas = sum(r["meta"] for r in part)
        print(f"macro {split:8} n={len(part):2d}  F1 {statistics.mean(r['f1'] for r in part):.3f}  "
              f"P {statistics.mean(r['precision'] for r in part):.3f}  "
              f"R {statistics.mean(r['recall'] for r in part):.3f}  "
              f"meta {sum(r['meta_found'] for r in part)}/{metas}  "
              f"chrome left {sum(len(r['chrome_left']) for r in part)}/{sum(r['chrome'] for r in part)}")
    for r in rows:
        if args.show and args.show in r["file"]:
            print(f"\n{r['file']}\n  meta missed: {r['meta_missed']}\n  chrome left: {r['chrome_left']}")
            for label in ("missed", "extra"):
                for t in r[label]:
                    print(f"  {label}: {t[:100]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
