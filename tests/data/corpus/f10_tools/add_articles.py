"""fresh10: add a law's article labels to a gold written by make_md_doc.py from its chapter/section headings: every
line opening with the next article label in sequence ('第 1 条', '第 2 条' … or '第一条' …) is an article, one level
below the chapter or section it stands in; labels cited inside a sentence are not at a line start and do not count.
usage: add_articles.py NAME REGEX [FIRST]   (REGEX matches the label at a line start, group 1 the label, group 2 its number)"""
import json, re, sys
from pathlib import Path
root = Path("/work/fresh10")
name, rx = sys.argv[1], re.compile(sys.argv[2])
start = int(sys.argv[3]) if len(sys.argv) > 3 else 1  # a page holding part of a longer text starts its articles there
g = json.loads((root / "gold" / f"{name}.json").read_text(encoding="utf-8"))
lines = (root / "docs" / g["file"]).read_text(encoding="utf-8").split("\n")
heads = {h["line"]: h for h in g["headings"]}
out, depth, nxt = [], 0, start
for i, line in enumerate(lines, 1):
    if i in heads:
        out.append(heads[i]); depth = heads[i]["depth"]; continue
    m = rx.match(line)
    if m and int(m.group(2)) == nxt:
        out.append({"depth": depth + 1, "marker": m.group(1), "title": m.group(1), "line": i}); nxt += 1
g["headings"] = out
(root / "gold" / f"{name}.json").write_text(json.dumps(g, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
print(name, len(out), "headings,", nxt - start, "articles")
