"""How completely does cleaning re-join a hard wrap? Each dev document is wrapped as bench/outline_variants.py wraps it
(24, 35 or 50 Chinese characters), cleaned, and its paragraphs compared with the cleaned original's, source line by
source line: a wrapped paragraph more than the original starts on a source line is a split left over, one fewer an
over-join. Each split is put in a class by the lines either side of it (code and tables first, then the line before's
last character, the line after's first, a short last piece). A document the cleaner re-joins as it stands (an extract,
wrapped already) is skipped: wrapping it again wraps a wrap. Only the dev split is read (held-out documents are
measured by the outline evals, never looked at here). About a minute a width.
    python bench/rejoin_eval.py [--width 24 --width 35 ...] [--show N] [--docs]
(--show N: the first N split points of each width, the line before and after; --docs: a row per document.)
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from outline_variants import _OUTLINES, _SEEDS, _SHARED, CORPUS  # noqa: E402

sys.path.insert(0, str(CORPUS))
from make_pdf_extracts import hard_wrap  # noqa: E402

from reader.text.decode import read_file  # noqa: E402
from reader.text.document import clean_document  # noqa: E402
from reader.text.lineshape import width  # noqa: E402
from reader.text.model import Paragraph  # noqa: E402

_CLOSERS = "”’」』）)》】〉]"
_JOINED = 0.05  # a document more of whose cleaned paragraphs than this are joined from lines is wrapped already
_CODE = frozenset("|{}=;<>_/\\$")


def _sources() -> list[Path]:
    """The dev documents the variants bench wraps (an extract, wrapped already, is not wrapped again)."""
    paths = []
    for p in sorted((CORPUS / "gold").glob("*.json")):
        gold = json.loads(p.read_text(encoding="utf-8"))
        if gold.get("split", "dev") == "dev" and not gold.get("clean_source"):
            paths.append(CORPUS / "docs" / gold["file"])
    for p in sorted(_OUTLINES.glob("*.json")):
        file = json.loads(p.read_text(encoding="utf-8"))["file"]
        paths.append((_SEEDS if file[:1].isdigit() else _SHARED) / file)
    return paths


def _paragraphs(text: str, folder: Path) -> list[Paragraph]:
    """The cleaned paragraphs of a text."""
    path = folder / "doc.txt"
    path.write_bytes(text.encode("utf-8"))
    return list(clean_document(read_file(path)).document.paragraphs)


def _wrapped_already(paras: list[Paragraph]) -> bool:
    """An extract's text, its paragraphs re-joined from lines already: wrapping it again wraps a wrap."""
    return sum(p.last_line > p.line for p in paras) > _JOINED * len(paras)


def kind(prev: str, nxt: str, last: bool, chars: int) -> str:
    """The class of a split point: what the line before it ends with, or what the line after it is."""
    if not prev or not nxt:
        return "empty"
    if not _CODE.isdisjoint(prev + nxt) or sum(c.isascii() for c in prev) > len(prev) // 2:
        return "code, a table row or an English line"
    if prev[-1] in _CLOSERS:
        return "line ends in a closing quote or bracket"
    if prev[-1].isascii() and prev[-1].isalnum():
        return "line ends in Latin or digits"
    if nxt[0].isdigit() or nxt[0] in "（(第一二三四五六七八九十①②③④⑤⑥⑦⑧⑨⑩":
        return "next line opens with a number or marker"
    if last and width(nxt) < chars:  # (under half the width: `chars` characters are 2 * chars columns)
        return "next line is a short last line"
    if prev[-1] in "。！？；":
        return "line ends a sentence"
    if prev[-1] in "：:":
        return "line ends in a colon"
    return "line ends mid-sentence"


def compare(source: str, want: collections.Counter, chars: int, folder: Path) -> tuple[int, int, list[tuple[str, str, str]]]:
    """Splits left over, over-joins, and each split's (line before, line after, class)."""
    wrapped, first = hard_wrap(source, chars)
    rows = wrapped.split("\n")
    owner = {}  # wrapped line -> (source line, piece)
    numbers = sorted(first)
    for n in numbers:
        end = first[n + 1] if n + 1 in first else len(rows) + 1
        for k, w in enumerate(range(first[n], end)):
            owner[w] = (n, k)
    got_at = collections.defaultdict(list)
    for w in (p.line for p in _paragraphs(wrapped, folder)):
        got_at[owner.get(w, (0, 0))[0]].append(w)
    splits, joins, shown = 0, 0, []
    for n in set(want) | set(got_at):
        extra = len(got_at[n]) - want[n]
        if extra < 0:
            joins -= extra
        elif extra > 0:
            splits += extra
            for w in [w for w in got_at[n] if owner[w][1] > 0][-extra:] or got_at[n][-extra:]:
                prev, nxt = rows[w - 2] if w > 1 else "", rows[w - 1]
                last = w + 1 not in owner or owner[w + 1][0] != n
                shown.append((prev, nxt, kind(prev, nxt, last, chars)))
    return splits, joins, shown


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--width", type=int, action="append", help="wrap widths (default 24, 35, 50)")
    parser.add_argument("--show", type=int, default=0, help="split points printed a width (0: counts only)")
    parser.add_argument("--docs", action="store_true", help="a row per document with splits or joins")
    args = parser.parse_args(argv)
    folder = Path(tempfile.mkdtemp())
    sources, skipped = [], 0
    for p in _sources():
        text = p.read_text(encoding="utf-8")
        paras = _paragraphs(text, folder)
        if _wrapped_already(paras):
            skipped += 1
        else:
            sources.append((p.name, text, collections.Counter(p.line for p in paras)))
    print(f"{len(sources)} dev documents, {skipped} skipped as wrapped already")
    for chars in args.width or (24, 35, 50):
        total_s = total_j = 0
        classes: collections.Counter[str] = collections.Counter()
        points = []
        for name, source, want in sources:
            splits, joins, shown = compare(source, want, chars, folder)
            total_s, total_j = total_s + splits, total_j + joins
            classes.update(k for _, _, k in shown)
            points.extend((name, *s) for s in shown)
            if args.docs and (splits or joins):
                print(f"  {name:55} split {splits:4d}  joined {joins:4d}")
        print(f"wrapped at {chars}: n={len(sources)} split {total_s} over-joined {total_j}")
        for name, count in classes.most_common():
            print(f"    {count:5d}  {name}")
        for name, prev, nxt, k in points[:args.show]:
            print(f"  {name[:30]:30} [{k[:24]}] {prev[-24:]!r} | {nxt[:24]!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
