"""Check that a speed change leaves the outline untouched: dump it for every document we have, compare with a baseline.

For each document (the gold corpus, the seeds, ../shared/corpus, tests/data/clean and the two synthetic bench texts)
the dump holds the cleaned paragraphs, every heading (depth, marker, title, line, offset, end), the `--explain`
lines, and what `match_heading` / `match_counted_title` return for every raw line of the file and for a fixed set of
generated marker-like lines and numerals (so a change to the matcher shows even where the outline hides it). Run:
    python bench/outline_identity.py save BASELINE.json   # on the commit to compare with
    python bench/outline_identity.py check BASELINE.json  # after the change: exit 1 and the first differences
"""

from __future__ import annotations

import dataclasses
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from outline_bench import _paragraphs, synthetic_law, synthetic_report  # noqa: E402

from reader.text.document import load_document  # noqa: E402
from reader.text.markers import match_counted_title, match_heading  # noqa: E402
from reader.text.numerals import cn_to_int, to_int  # noqa: E402
from reader.text.explain import explain_outline  # noqa: E402
from reader.text.outline import parse_outline  # noqa: E402

_PIECES = ("第", "一", "二", "十", "百", "〇", "两", "1", "2", "0", "１", "12", "、", "．", ".", "（", "）", "(", ")",
           " ", "\u3000", "章", "条", "條", "节", "编", "部分", "讲", "课", "件", "之一", "-", "1-1", "①", "⑴", "㈠",
           "Q", "：", "。", "；", "？", "，", "总则", "日常", "万人", "月", "TCP", "5G", "的", "规定", "标题", "“", "”")


def _documents() -> list[Path]:
    """Every text file an outline has been judged on here."""
    found = sorted((ROOT / "tests" / "data" / "corpus" / "docs").glob("*"))
    found += sorted((ROOT / "seeds").glob("*.txt"))
    found += sorted((ROOT.parent / "shared" / "corpus" / "docs").glob("*.txt"))
    found += sorted((ROOT / "tests" / "data" / "clean").glob("*"))
    return [p for p in found if p.is_file()]


def _fields(m) -> list | None:
    """A match's fields in order, whether it is a dataclass or a named tuple."""
    return None if m is None else list(dataclasses.astuple(m) if dataclasses.is_dataclass(m) else m)


def _match(line: str) -> list:
    """Both matchers' answers for one line, as plain data."""
    return [_fields(m) for m in (match_heading(line), match_counted_title(line))]


def _outline(paragraphs, title: str) -> dict:
    headings = [dataclasses.astuple(h) for h in parse_outline(paragraphs, title)]
    return {"headings": headings, "explain": explain_outline(paragraphs, title)}


def _generated(count: int = 20000) -> list[str]:
    """Marker-like lines from a fixed seed: numerals, brackets, classifiers and punctuation in every order."""
    rng = random.Random(9)
    lines = ["".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 8))) for _ in range(count)]
    heads = ("第", "第 ", "第一", "第十二", "第1", "第 3 ", "（", "(", "一", "二十", "1", "1.2", "3 ", "①", "Q1")
    tails = ("章", "条", "編", "节", "讲", "篇", "件", "、", "）", ".", "．", ") ", "", " ", "之一", "-1條")
    return lines + [rng.choice(heads) + rng.choice(tails) + "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 6)))
                    for _ in range(count)]


def _numerals() -> list[str]:
    """Every string of up to three numeral characters (and some longer ones) from a mixed alphabet."""
    alphabet = "零〇一二两十百千万拾佰1０ 甲"
    short = [""] + list(alphabet)
    short += [a + b for a in alphabet for b in alphabet] + [a + b + c for a in alphabet for b in alphabet for c in alphabet]
    rng = random.Random(10)
    return short + ["".join(rng.choice(alphabet) for _ in range(rng.randint(4, 40))) for _ in range(5000)]


def dump() -> dict:
    """Everything the outline and the matchers say about every document."""
    out: dict[str, dict] = {}
    for path in _documents():
        doc = load_document(path)
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
        name = path.relative_to(ROOT if path.is_relative_to(ROOT) else ROOT.parent)  # not the checkout's folder name
        out[str(name)] = {
            "title": doc.title, "paragraphs": [p.text for p in doc.paragraphs],
            **_outline(doc.paragraphs, doc.title), "matches": [_match(line) for line in lines],
        }
    for name, lines in (("bench-law", synthetic_law()), ("bench-report", synthetic_report())):
        out[name] = _outline(_paragraphs(lines), "")
    out["generated"] = {"matches": [_match(line) for line in _generated()]}
    out["numerals"] = [[to_int(text), cn_to_int(text)] for text in _numerals()]
    return json.loads(json.dumps(out, ensure_ascii=False))


def _differences(old, new, where: str = ""):
    """Paths at which two dumps differ."""
    if isinstance(old, dict) and isinstance(new, dict):
        for key in sorted(set(old) | set(new)):
            yield from _differences(old.get(key), new.get(key), f"{where}/{key}")
    elif isinstance(old, list) and isinstance(new, list) and len(old) == len(new):
        for i, (a, b) in enumerate(zip(old, new)):
            yield from _differences(a, b, f"{where}[{i}]")
    elif old != new:
        yield f"{where}: {old!r} -> {new!r}"


def main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[0] not in ("save", "check"):
        print(__doc__)
        return 2
    path = Path(argv[1])
    if argv[0] == "save":
        path.write_text(json.dumps(dump(), ensure_ascii=False), encoding="utf-8")
        print(f"saved {path}")
        return 0
    diffs = list(_differences(json.loads(path.read_text(encoding="utf-8")), dump()))
    for line in diffs[:30]:
        print(line[:300])
    print(f"{len(diffs)} differences")
    return 1 if diffs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
