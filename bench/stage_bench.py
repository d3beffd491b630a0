"""CPU time per million characters of each stage the reader runs on a very large text, at several sizes: the stages
before the first page (decode, clean, script, marks) and those before the outline (parse_outline, the contents
list's depths, marks again). A stage whose time per M grows with the size is not linear.

The texts are dev documents of the gold corpus and ../shared/corpus run together, each pass over them in another
order (a fixed seed), never held-out ones. CPU time (time.process_time), not the clock: the machine is shared.
The collector is set as the app sets it (heap.configure, each text built inside heap.building); --gc-default leaves
Python's own thresholds, to see what full collections cost.

    python bench/stage_bench.py [--sizes 1,4,16] [--gc-default]
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import json
import random
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from reader import heap  # noqa: E402
from reader.text.banners import banner_lines  # noqa: E402
from reader.text.captions import under_pictures  # noqa: E402
from reader.text.clean import clean  # noqa: E402
from reader.text.decode import read_file  # noqa: E402
from reader.text.display import DisplayText, paragraph_marks  # noqa: E402
from reader.text.document import _GAP_FILLERS  # noqa: E402
from reader.text.doubled import halved  # noqa: E402
from reader.text.introparts import intro_sections  # noqa: E402
from reader.text.outline import parse_outline  # noqa: E402
from reader.text.script import detect_script  # noqa: E402
from reader.text.setalike import flushed  # noqa: E402
from reader.text.tocdepth import contents_headings  # noqa: E402

CORPUS = REPO / "tests" / "data" / "corpus"
FIRST = ("decode", "flush/halve", "clean", "captions", "script", "marks")


def _texts() -> list[str]:
    """Every dev document of the gold corpus that is plain text, and the shared corpus."""
    texts = []
    for gold in sorted((CORPUS / "gold").glob("*.json")):
        record = json.loads(gold.read_text(encoding="utf-8"))
        if record.get("split", "dev") == "dev" and record["file"].endswith(".txt"):
            texts.append((CORPUS / "docs" / record["file"]).read_text(encoding="utf-8", errors="replace"))
    return texts + [p.read_text(encoding="utf-8") for p in sorted((REPO.parent / "shared" / "corpus" / "docs").glob("*.txt"))]


def _build(texts: list[str], chars: int, seed: int) -> str:
    """Documents run together up to `chars`, each pass over them shuffled anew."""
    rng, out, size = random.Random(seed), [], 0
    while size < chars:
        for text in rng.sample(texts, len(texts)):
            out.append(text)
            size += len(text) + 2
            if size >= chars:
                break
    return "\n\n".join(out)


def _stages(path: Path) -> dict[str, float]:
    """CPU seconds of each stage, as load_for_reading then outline_of run them."""
    spent: dict[str, float] = {}

    def timed(name, func, *args):
        start = time.process_time()
        result = func(*args)
        spent[name] = spent.get(name, 0.0) + time.process_time() - start
        return result

    decoded = timed("decode", read_file, path)
    decoded = timed("flush/halve", lambda d: flushed(d) or d, decoded)
    if timed("flush/halve", halved, decoded):
        raise SystemExit(f"{path}: read as double-spaced; build another text")
    doc = timed("clean", clean, decoded)
    timed("captions", under_pictures, doc.paragraphs, [(r.line, r.text) for r in doc.removed])
    timed("script", detect_script, doc.text)
    timed("marks", lambda d: paragraph_marks(d, DisplayText([p.text for p in d.paragraphs])), doc)
    gaps = frozenset(r.line for r in doc.removed if r.reason in _GAP_FILLERS)
    banner = timed("banner", banner_lines, doc.paragraphs, doc.title, doc.removed)
    heads = timed("parse_outline", parse_outline, doc.paragraphs, doc.title, doc.kind, gaps, banner)
    heads = timed("contents", contents_headings, heads, doc.paragraphs, decoded.text, doc.title)
    heads = timed("intro", intro_sections, heads)
    outlined = dataclasses.replace(doc, headings=heads)
    timed("marks again", lambda d: paragraph_marks(d, DisplayText([p.text for p in d.paragraphs])), outlined)
    return spent


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="1,4,16", help="millions of characters")
    parser.add_argument("--gc-default", action="store_true", help="Python's collector thresholds, not the app's")
    args = parser.parse_args()
    sizes = [float(s) for s in args.sizes.split(",")]
    if not args.gc_default:
        heap.configure()
    texts = _texts()
    rows: dict[float, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as folder:
        warm = Path(folder) / "warm.txt"
        warm.write_text(_build(texts, 200_000, 0), encoding="utf-8")
        _stages(warm)  # patterns compiled, modules imported: not charged to the first size
        for size in sizes:
            path = Path(folder) / f"{size}m.txt"
            path.write_text(_build(texts, int(size * 1_000_000), int(size * 10)), encoding="utf-8")
            with heap.building() if not args.gc_default else contextlib.nullcontext():
                rows[size] = {k: v / size for k, v in _stages(path).items()}
    names = list(rows[sizes[0]])
    print("CPU s per M characters   " + "".join(f"{s:>9g} M" for s in sizes))
    for name in names:
        print(f"  {name:22}" + "".join(f"{rows[s][name]:11.3f}" for s in sizes))
    for label, pick in (("first page", lambda n: n in FIRST), ("then the outline", lambda n: n not in FIRST)):
        print(f"{label:24}" + "".join(f"{sum(v for n, v in rows[s].items() if pick(n)):11.3f}" for s in sizes))
    return 0


if __name__ == "__main__":
    sys.exit(main())
