"""Outline of the corpus's Markdown sources opened as a reader opens them (.md): F1 and depth against the gold.

`tests/data/corpus/markdown/NAME.md` is the raw source of `docs/NAME.txt` (the plain text the outline corpus scores,
its '#' marks gone). Here the heading markup counts, as it does for a user who adds the .md file. Lines differ
between the two forms, so headings are matched as outline_eval matches them without the line: by marker, or by
title when unnumbered (spaces and Markdown emphasis ignored), or by the whole text split differently, each once
and in reading order (a title that recurs under several parents counts each time).
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from reader.text.document import load_document  # noqa: E402

CORPUS = REPO / "tests" / "data" / "corpus"
_NOISE = re.compile(r"[\s#*_`>\\]+")  # mark-up, and a Markdown escape's backslash ('O1 \- 协助…')


def _key(marker: str, title: str) -> str:
    return _NOISE.sub("", marker.rstrip("：:") or title)  # as outline_eval: a heading by its number, else its title


def _whole(marker: str, title: str) -> str:
    return _NOISE.sub("", marker + title).rstrip("。．.：:，,").replace("：", "").replace(":", "")


def score(source: Path) -> dict:
    """One source's figures against its document's gold."""
    gold = json.loads((CORPUS / "gold" / f"{source.stem}.json").read_text(encoding="utf-8"))
    headings = load_document(source).headings
    want = [(_key(h["marker"], h["title"]), _whole(h["marker"], h["title"]), h["depth"]) for h in gold["headings"]]
    got = [(_key(h.marker, h.title), _whole(h.marker, h.title), h.depth) for h in headings]
    pairs = _pair([w[0] for w in want], [g[0] for g in got])
    rest = {}  # '第一个问题，' + '美联储利率' is the gold's unnumbered '第一个问题，美联储利率'
    for i, w in enumerate(want):
        if i not in pairs:
            rest.setdefault(w[1], []).append(i)
    taken = set(pairs.values())
    for j, g in enumerate(got):
        if j not in taken and rest.get(g[1]):
            pairs[rest[g[1]].pop(0)] = j
    p = len(pairs) / len(got) if got else (1.0 if not want else 0.0)
    r = len(pairs) / len(want) if want else (1.0 if not got else 0.0)
    return {"name": source.stem, "split": gold.get("split", "dev"), "fresh": bool(gold.get("fresh")),
            "f1": 2 * p * r / (p + r) if p + r else 0.0,
            "depth": sum(want[i][2] == got[j][2] for i, j in pairs.items()) / len(pairs) if pairs
            else (1.0 if not want else 0.0)}  # as outline_eval: nothing to nest, nothing nested wrong


def _pair(want: list[str], got: list[str]) -> dict[int, int]:
    """Gold index -> found index, in reading order: a title that recurs ('主要特点' under each language) counts
    each time it is found under its own parent, not once for the document."""
    blocks = difflib.SequenceMatcher(None, want, got, autojunk=False).get_matching_blocks()
    return {b.a + k: b.b + k for b in blocks for k in range(b.size)}


def main(argv: list[str] | None = None, folder: str = "markdown", pattern: str = "*.md", about: str = "") -> int:
    parser = argparse.ArgumentParser(description=about or __doc__.splitlines()[0])
    parser.add_argument("--per-doc", action="store_true", help="a line per source (dev sources only)")
    args = parser.parse_args(argv)
    rows = [score(p) for p in sorted((CORPUS / folder).glob(pattern))]
    if args.per_doc:
        for row in rows:
            if row["split"] == "dev":
                print(f"{row['name']:56} F1 {row['f1']:.2f}  depth {row['depth']:.2f}")
    for label, pick in (("dev", lambda r: r["split"] == "dev"), ("heldout", lambda r: r["split"] != "dev"),
                        ("fresh", lambda r: r["fresh"]), ("all", lambda r: True)):
        part = [r for r in rows if pick(r)]
        if part:
            print(f"macro {label:8} n={len(part):3}  F1 {sum(r['f1'] for r in part) / len(part):.3f}  "
                  f"depth {sum(r['depth'] for r in part) / len(part):.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
