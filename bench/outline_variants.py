"""Does the outline survive the everyday variations of the same document? Each gold document is rewritten
(other script, full-width indentation and digits, half-width punctuation, CRLF, a blank line after every line, blank lines
removed, trailing spaces, a hard wrap at 24, 35 or 50 Chinese characters as PDF extracts have) and scored like bench/outline_eval.py; a rule fitted to one form shows as a drop.

Full-width digits are two columns wide (half-width punctuation one), so those variants skip the hard-wrapped extracts: it would un-wrap them;
the wrap variants skip them too (wrapped already).
The seeds and ../shared/corpus are scored too. Only the dev split of the corpus is used by default: the held-out
part is measured, never explored.
    python bench/outline_variants.py [--split dev|all] [--variant NAME] [--worst N]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from outline_eval import CORPUS, _key  # noqa: E402

sys.path.insert(0, str(CORPUS))
from make_pdf_extracts import hard_wrap, wrap  # noqa: E402

from reader.text.convert import get_converter  # noqa: E402
from reader.text.document import load_document  # noqa: E402

_FULL_DIGITS = str.maketrans("0123456789", "０１２３４５６７８９")
_HALF_PUNCTUATION = str.maketrans("（）：；，！？", "():;,!?")


def _same_lines(rewrite):
    """A variant that rewrites text and titles alike and keeps every line where it was."""
    def variant(text: str, gold: list[dict]) -> tuple[str, list[dict]]:
        return rewrite(text), [dict(g, marker=rewrite(g["marker"] or ""), title=rewrite(g["title"])) for g in gold]
    return variant


def _script(config: str):
    return _same_lines(lambda s: get_converter(config).convert(s))


def _indent(text: str, gold: list[dict]) -> tuple[str, list[dict]]:
    return "\n".join("\u3000\u3000" + line.lstrip() if line.strip() else line for line in text.split("\n")), gold


def _crlf(text: str, gold: list[dict]) -> tuple[str, list[dict]]:
    return text.replace("\n", "\r\n"), gold


def _trailing(text: str, gold: list[dict]) -> tuple[str, list[dict]]:
    return "\n".join(line + "  " if line.strip() else line for line in text.split("\n")), gold


def _double(text: str, gold: list[dict]) -> tuple[str, list[dict]]:
    lines = text.split("\n")
    return "\n\n".join(lines), [dict(g, line=2 * g["line"] - 1) for g in gold]


def _single(text: str, gold: list[dict]) -> tuple[str, list[dict]]:
    new, kept = {}, []
    for number, line in enumerate(text.split("\n"), 1):
        if line.strip():
            kept.append(line)
            new[number] = len(kept)
    return "\n".join(kept), [dict(g, line=new[g["line"]]) for g in gold if g["line"] in new]


def _wrapped(chars: int):
    """A hard wrap at a PDF's width, as the corpus's extracts are made: each heading's gold line the piece it opens on."""
    def variant(text: str, gold: list[dict]) -> tuple[str, list[dict]]:
        wrapped, first = hard_wrap(text, chars)
        source = text.split("\n")
        moved, after = [], {}  # after: where the last heading found on a source line stood in it
        for g in gold:
            line = g["line"]
            at = _run_in_piece(source[line - 1], g["marker"] or g["title"], after.get(line, -1), chars) \
                if line > 1 else None  # (the first line, the title, is not wrapped)
            if at is not None:
                after[line] = at[1]
            moved.append(dict(g, line=first[line] + (at[0] if at is not None else 0)))
        return wrapped, moved
    return variant


def _run_in_piece(line: str, label: str, after: int, chars: int) -> tuple[int, int] | None:
    """Which kept piece of a wrapped source line a heading run in after others (articles an extract ran together)
    opens on, and where it stands in the line; None when its label is not found after the heading before it."""
    at = line.find(label, after + 1) if after >= 0 else (0 if line.lstrip().startswith(label[:1]) else line.find(label))
    if at < 0:
        return None
    start = kept = 0
    for n, piece in enumerate(wrap(line, chars)):
        if n and piece.strip():
            kept += 1
        if start + len(piece) > at:
            return (kept if n else 0), at
        start += len(piece)
    return None


VARIANTS = {
    "as is": lambda text, gold: (text, gold),
    "traditional (s2t)": _script("s2t"),
    "simplified (t2s)": _script("t2s"),
    "Taiwan phrases (s2twp)": _script("s2twp"),
    "full-width indent": _indent,
    "half-width punctuation": _same_lines(lambda s: s.translate(_HALF_PUNCTUATION)),
    "full-width digits": _same_lines(lambda s: s.translate(_FULL_DIGITS)),
    "CRLF": _crlf,
    "trailing spaces": _trailing,
    "blank after every line": _double,
    "no blank lines": _single,
    "wrapped at 24 characters": _wrapped(24),
    "wrapped at 35 characters": _wrapped(35),
    "wrapped at 50 characters": _wrapped(50),
}

_WIDENING = {"full-width digits", "half-width punctuation", "wrapped at 24 characters", "wrapped at 35 characters",
             "wrapped at 50 characters"}
_OUTLINES = ROOT / "tests" / "data" / "outlines"
_SEEDS, _SHARED = ROOT / "seeds", ROOT.parent / "shared" / "corpus" / "docs"


def score(text: str, gold: list[dict], folder: Path) -> tuple[float, float]:
    """F1 and depth accuracy, matched as bench/outline_eval.py matches."""
    path = folder / "doc.txt"
    path.write_bytes(text.encode("utf-8"))
    doc = load_document(path)
    want = {(g["line"], _key(g["marker"], g["title"])): g["depth"] for g in gold}
    got = {(h.line, _key(h.marker, h.title)): h.depth for h in doc.headings}
    matched = set(want) & set(got)
    p = len(matched) / len(got) if got else (1.0 if not want else 0.0)
    r = len(matched) / len(want) if want else (1.0 if not got else 0.0)
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    depth = sum(want[k] == got[k] for k in matched) / len(matched) if matched else (1.0 if not want else 0.0)
    return f1, depth


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "all"), default="dev")
    parser.add_argument("--variant", choices=tuple(VARIANTS), action="append")
    parser.add_argument("--worst", type=int, default=5,
                        help="the N documents losing most under each variant (0: none, the macro rows only)")
    args = parser.parse_args(argv)
    golds = [dict(json.loads(p.read_text(encoding="utf-8")), source=CORPUS / "docs")
             for p in sorted((CORPUS / "gold").glob("*.json"))]
    golds = [g for g in golds if args.split == "all" or g.get("split", "dev") == "dev"]
    for p in sorted(_OUTLINES.glob("*.json")):  # the seeds and ../shared/corpus, tuned on from the start
        gold = json.loads(p.read_text(encoding="utf-8"))
        golds.append(dict(gold, source=_SEEDS if gold["file"][:1].isdigit() else _SHARED))
    folder = Path(tempfile.mkdtemp())
    base = {}
    for name in ["as is"] + [v for v in (args.variant or VARIANTS) if v != "as is"]:
        rows = []
        for gold in golds:
            if name in _WIDENING and gold.get("clean_source"):
                continue
            source = (gold["source"] / gold["file"]).read_text(encoding="utf-8")
            text, headings = VARIANTS[name](source, gold["headings"])
            rows.append((gold["file"], *score(text, headings, folder)))
        if name == "as is":
            base = {file: (f1, depth) for file, f1, depth in rows}
        print(f"{name:24} n={len(rows):3d}  F1 {statistics.mean(r[1] for r in rows):.3f}  "
              f"depth {statistics.mean(r[2] for r in rows):.3f}")
        losses = sorted(((base[f][0] - f1) + (base[f][1] - d), f, f1, d) for f, f1, d in rows)
        for loss, file, f1, depth in reversed(losses[-args.worst:] if args.worst > 0 else []):
            if loss > 0.005:
                print(f"    {file:55} F1 {base[file][0]:.2f} -> {f1:.2f}  depth {base[file][1]:.2f} -> {depth:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
