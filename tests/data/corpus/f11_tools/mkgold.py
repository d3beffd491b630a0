"""fresh11 gold writer: gold/NAME.json from a list of (line, depth, marker) picked by hand from the source's structure;
the title is the line's text after the marker, without a trailing colon (the golds' convention); for a run-in
title (a numbered paragraph that opens with its title) the text up to the first full stop. Reads docs/ only."""
import json, re
from pathlib import Path
ROOT = Path("/work/fresh11")

def write(name, title, spec, title_override=None):
    lines = (ROOT / "docs" / (name + ".txt")).read_text(encoding="utf-8").split("\n")
    heads = []
    for item in spec:
        line, depth, marker = item[:3]
        text = lines[line - 1].strip()
        assert text.startswith(marker), (line, marker, text)
        t = text[len(marker):].strip()
        if len(item) > 3 and item[3] == "runin":  # a run-in title: the text up to the first full stop
            t = re.split(r"[。！？]", t, maxsplit=1)[0]
        t = t.rstrip("：:").strip()
        if title_override and line in title_override:
            t = title_override[line]
        heads.append({"depth": depth, "marker": marker, "title": t, "line": line})
    d = {"file": name + ".txt", "split": "heldout", "fresh": True, "title": title, "headings": heads}
    (ROOT / "gold" / (name + ".json")).write_text(json.dumps(d, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(name, len(heads), "headings")
