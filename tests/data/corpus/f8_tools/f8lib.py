"""fresh8 helpers: write a converted text and its gold outline (runs no reader code)."""
import json, re
from pathlib import Path
ROOT = Path("/work/fresh8")

def write_doc(name, lines):
    # collapse runs of blank lines, strip trailing spaces, no trailing blank lines
    out = []
    for l in lines:
        l = l.rstrip()
        if not l.strip() and out and not out[-1].strip():
            continue
        out.append(l)
    while out and not out[-1].strip():
        out.pop()
    (ROOT / "docs" / f"{name}.txt").write_text("\n".join(out) + "\n", encoding="utf-8")
    return out

def write_gold(name, title, heads):
    """heads: list of (line_no_1based, depth, marker, title)."""
    rec = {"file": f"{name}.txt", "split": "heldout", "title": title, "fresh": True,
           "headings": [{"depth": d, "marker": m, "title": t, "line": n} for n, d, m, t in heads]}
    (ROOT / "gold" / f"{name}.json").write_text(json.dumps(rec, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")

def load(name):
    return (ROOT / "docs" / f"{name}.txt").read_text(encoding="utf-8").split("\n")

def runin(text, marker):
    """title of a run-in heading: the text after the marker up to the first 。/；/：(exclusive)."""
    rest = text[len(marker):]
    m = re.match(r"([^。；：:！？]*)[。；：:！？]", rest)
    return (m.group(1) if m else rest).strip()
