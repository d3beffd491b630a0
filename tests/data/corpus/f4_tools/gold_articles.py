"""Add every article 第X条 at a line start (the rule's own article labels, in sequence) to the gold that
make_md_doc.py wrote from the ## chapter / ### section headings; an article sits one level below its unit."""
import json, re, sys
name = sys.argv[1]
N = "一二三四五六七八九十百零"
D = {c: i for i, c in enumerate("零一二三四五六七八九")}
def cn(s):
    total, cur = 0, 0
    for ch in s:
        if ch in D: cur = D[ch]
        elif ch == "十": total += (cur or 1) * 10; cur = 0
        elif ch == "百": total += (cur or 1) * 100; cur = 0
    return total + cur
g = json.load(open(f"gold/{name}.json", encoding="utf-8"))
lines = open(f"docs/{name}.txt", encoding="utf-8").read().split("\n")
heads = {h["line"]: h for h in g["headings"]}
out, depth, last = [], 0, 0
for i, l in enumerate(lines, 1):
    if i in heads:
        out.append(heads[i]); depth = heads[i]["depth"]; continue
    m = re.match(rf"\s*(第([{N}]+)条)", l)
    if m:
        n = cn(m.group(2))
        if n != last + 1: print("skip/out of sequence", i, l[:30]); continue
        last = n
        out.append({"depth": depth + 1, "marker": m.group(1), "title": m.group(1), "line": i})
g["headings"] = out
open(f"gold/{name}.json", "w", encoding="utf-8").write(json.dumps(g, ensure_ascii=False, indent=0) + "\n")
print(len(out), "articles", last)
