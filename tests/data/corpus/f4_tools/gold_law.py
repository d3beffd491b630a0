"""Gold for a law/rule text from the SOURCE's structure: 第X编/章/节 lines (the page's heading mark-up) and every
article 第X条 at a line start (the page's bold article label). Depth: 编 < 章 < 节 < 条 by the ranks present."""
import json, re, sys
name, title = sys.argv[1], sys.argv[2]
N = "一二三四五六七八九十百零〇"
unit = re.compile(rf"^(第[{N}]+([编章节]))\s+(\S.*)$")
art = re.compile(rf"^(第[{N}]+条(?:之[{N}]+)?)[\s　]")
lines = open(f"docs/{name}.txt", encoding="utf-8").read().split("\n")
heads = []
for i, l in enumerate(lines, 1):
    m = unit.match(l)
    if m:
        heads.append((i, m.group(2), m.group(1), m.group(3).strip())); continue
    m = art.match(l)
    if m:
        heads.append((i, "条", m.group(1), m.group(1)))
ranks = [k for k in "编章节条" if any(h[1] == k for h in heads)]
gold = [{"depth": ranks.index(k) + 1, "marker": mk, "title": t, "line": i} for i, k, mk, t in heads]
rec = {"file": f"{name}.txt", "split": "heldout", "title": title, "fresh": True, "headings": gold}
open(f"gold/{name}.json", "w", encoding="utf-8").write(json.dumps(rec, ensure_ascii=False, indent=0) + "\n")
print(len(gold), [ (k, sum(1 for h in heads if h[1]==k)) for k in ranks])
