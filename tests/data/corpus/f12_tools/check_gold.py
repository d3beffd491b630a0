"""fresh11 (copy of fresh10 copy of fresh8 copy of fresh6's checker; an unnumbered title may also match its line without a trailing colon, as the
golds write titles without it): check every gold heading against its line of the converted text (reads docs/ and gold/ only; runs no reader
code). A heading passes when its line starts with the marker and holds the title (an unnumbered heading: the line is
the title; a title equal to the marker, as for articles: the line is the marker)."""
import json, sys
from pathlib import Path
root = Path("/work/fresh12")
bad = 0
for g in sorted((root / "gold").glob("*.json")):
    d = json.loads(g.read_text(encoding="utf-8"))
    lines = (root / "docs" / d["file"]).read_text(encoding="utf-8").split("\n")
    assert d["split"] == "heldout" and d.get("fresh") is True, g
    prev = 0
    for h in d["headings"]:
        t = lines[h["line"] - 1].strip()
        m, ti = h["marker"], h["title"]
        ok = h["line"] > prev and ((t == ti or t.rstrip('：:') == ti) if not m else (t.startswith(m) and (ti in t)))
        prev = h["line"]
        if not ok:
            bad += 1; print("MISMATCH", g.name, h, repr(t[:60]))
    print(f"{g.name}: {len(d['headings'])} headings, {len(lines)} lines, title {d['title']!r}")
print("mismatches:", bad)
