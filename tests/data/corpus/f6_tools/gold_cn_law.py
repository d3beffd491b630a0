"""fresh6: gold for a mainland law whose chapter and article labels are plain text (not Markdown headings): a
'第X章 title' line that is not indented (the indented lines of the 目录 are its table of contents, not headings) and
every article label '第X条' at a line start (after the page's full-width indentation), in sequence. Chapter depth 1,
article depth 2 (one below its chapter), an article's title is its marker. Usage: gold_cn_law.py NAME TITLE"""
import json, re, sys
from pathlib import Path
N = "一二三四五六七八九十百零〇"
def val(s):
    d = {c: i for i, c in enumerate("零一二三四五六七八九")}; d["〇"] = 0
    total, cur = 0, 0
    for c in s:
        if c == "百": total += (cur or 1) * 100; cur = 0
        elif c == "十": total += (cur or 1) * 10; cur = 0
        else: cur = d[c]
    return total + cur
name, title = sys.argv[1], sys.argv[2]
root = Path(__file__).resolve().parent.parent
lines = (root / "docs" / f"{name}.txt").read_text(encoding="utf-8").split("\n")
unit = re.compile(rf"^(第[{N}]+[编章节])[\s　]+(\S.*)$")
art = re.compile(rf"^[\s　]*(第([{N}]+)条)[\s　]")
heads, nxt, chap = [], 1, False
for i, l in enumerate(lines, 1):
    m = unit.match(l)
    if m:
        heads.append({"depth": 1, "marker": m.group(1), "title": m.group(2).strip(), "line": i}); chap = True; continue
    m = art.match(l)
    if m and val(m.group(2)) == nxt:
        heads.append({"depth": 2 if chap else 1, "marker": m.group(1), "title": m.group(1), "line": i}); nxt += 1
rec = {"file": f"{name}.txt", "split": "heldout", "title": title, "fresh": True, "headings": heads}
(root / "gold" / f"{name}.json").write_text(json.dumps(rec, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
print(len(heads), sum(1 for h in heads if h["marker"].endswith("章")), nxt - 1)
