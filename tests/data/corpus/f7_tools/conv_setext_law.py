"""fresh7: a Laosheng.top law page (setext Markdown: heading line + '----' underline) to plain text and gold.
Breadcrumb link line (site navigation) dropped; the setext title becomes line 1; underline lines dropped; tab
indentation of the note line removed; trailing Markdown hard-break spaces removed. Gold: the setext chapter headings
'第X章　title' (depth 1) and every article '第X条' at a line start (depth 2, title = marker); the '目录' heading and the
contents list are not in the gold. Usage: conv_setext_law.py SRC NAME"""
import json, re, sys
from pathlib import Path
src, name = sys.argv[1], sys.argv[2]
root = Path(__file__).resolve().parent.parent
lines = Path(src).read_text(encoding="utf-8").split("\n")
out, title = [], None
i = 0
while i < len(lines):
    l = lines[i].rstrip()
    nxt = lines[i + 1].rstrip() if i + 1 < len(lines) else ""
    if l.startswith("[") and "](" in l and not out and title is None:
        i += 1; continue
    if re.fullmatch(r"-{3,}|={3,}", nxt) and l.strip():
        if title is None:
            title = l.strip(); i += 2; continue
        out.append(l.strip()); i += 2; continue
    out.append(l.lstrip("\t"))
    i += 1
while out and not out[0].strip():
    out.pop(0)
body = [title, ""]
for l in out:
    if not l.strip() and body and not body[-1].strip():
        continue
    body.append(l)
while not body[-1].strip():
    body.pop()
heads = []
CN = "一二三四五六七八九十百零〇"
in_toc = False
for n, l in enumerate(body, 1):
    s = l.strip()
    if s == "目录":
        in_toc = True; continue
    m = re.fullmatch(rf"(第[{CN}]+章)[\s　]+(.+)", s)
    if m and l == s:  # a heading line (not indented like the contents list)
        in_toc = False
        heads.append({"depth": 1, "marker": m.group(1), "title": m.group(2).strip(), "line": n}); continue
    a = re.match(rf"[　\s]*(第[{CN}]+条)[　\s]", l)
    if a and not in_toc:
        heads.append({"depth": 2, "marker": a.group(1), "title": a.group(1), "line": n})
(root / "docs" / f"{name}.txt").write_text("\n".join(body) + "\n", encoding="utf-8")
rec = {"file": f"{name}.txt", "split": "heldout", "fresh": True, "title": title, "headings": heads}
(root / "gold" / f"{name}.json").write_text(json.dumps(rec, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
print(name, len(body), "lines", len(heads), "headings")
