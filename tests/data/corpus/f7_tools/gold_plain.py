"""fresh6: gold rules for two pages whose headings are plain text lines (described in PROVENANCE.md).
    gold_plain.py bare NAME     -- lines that are a bare section numeral 一/二 (depth 1, marker = numeral, title '')
    gold_plain.py chapters NAME -- '第X章　title' (depth 1) and '第X节　title' (depth 2) at the line start"""
import json, re, sys
from pathlib import Path
kind, name = sys.argv[1:3]
root = Path(__file__).resolve().parent.parent
lines = (root / "docs" / f"{name}.txt").read_text(encoding="utf-8").split("\n")
N = "一二三四五六七八九十"
heads = []
for i, l in enumerate(lines, 1):
    if kind == "bare" and l in ("一", "二"):
        heads.append({"depth": 1, "marker": l, "title": "", "line": i})
    if kind == "chapters":
        m = re.match(rf"^(第[{N}]+)(章|节)　(\S.*)$", l)
        if m:
            heads.append({"depth": 1 if m.group(2) == "章" else 2, "marker": m.group(1) + m.group(2),
                          "title": m.group(3), "line": i})
p = root / "gold" / f"{name}.json"
d = json.loads(p.read_text(encoding="utf-8"))
d["headings"] = heads
p.write_text(json.dumps(d, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
print(name, len(heads))
