"""fresh9: render a Taiwan law from victorhsieh/tw-law-corpus's JSON (json/<category>/<law>/law.json) as plain text, the
way the repository's own Markdown rendering lays it out (article, then its reason under the repository's label '釋：'),
but with the article labels the JSON carries ('第十四條之一'), and write its gold: every article label, depth 1, in
order (the JSON has no chapters). Runs no reader code."""
import json, sys
from pathlib import Path
root = Path("/work/fresh9")
src, name = Path(sys.argv[1]), sys.argv[2]
d = json.loads(src.read_text(encoding="utf-8"))
lines = [d["name"], ""]
heads = []
for a in d["content"]:
    lines.append(a["zh"])
    heads.append({"depth": 1, "marker": a["zh"], "title": a["zh"], "line": len(lines)})
    lines.append(a["article"])
    if a.get("reason"):
        lines.append("")
        lines.append("釋：" + a["reason"])
    lines.append("")
while lines and not lines[-1]:
    lines.pop()
(root / "docs" / f"{name}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
rec = {"file": f"{name}.txt", "split": "heldout", "fresh": True, "title": d["name"], "headings": heads}
(root / "gold" / f"{name}.json").write_text(json.dumps(rec, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
print(name, len(heads), "headings", len(lines), "lines")
