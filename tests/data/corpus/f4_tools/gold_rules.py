"""Add the exchange rule's numbered rules (N.N / N.N.N at a line start, first part = the chapter's number) to the
gold written by make_md_doc.py from the ## chapter / ### section headings; a rule sits one level below its unit."""
import json, re, sys
name = sys.argv[1]
CN = {c: i for i, c in enumerate("零一二三四五六七八九十")}
def cn(s):
    if s.startswith("十"): s = "一" + s
    if "十" in s:
        a, b = s.split("十"); return CN[a] * 10 + (CN[b] if b else 0)
    return CN[s]
g = json.load(open(f"gold/{name}.json", encoding="utf-8"))
lines = open(f"docs/{name}.txt", encoding="utf-8").read().split("\n")
heads = {h["line"]: h for h in g["headings"]}
out, chap, depth, last = [], None, 0, ()
for i, l in enumerate(lines, 1):
    if i in heads:
        h = heads[i]; out.append(h)
        m = re.match(r"第(.+)章", h["marker"])
        if m: chap = cn(m.group(1))
        depth = h["depth"]; continue
    m = re.match(r"(\d+(?:\.\d+){1,2})\s", l)
    if m and chap and int(m.group(1).split(".")[0]) == chap and not l[m.end():].lstrip().startswith("条"):
        num = tuple(int(x) for x in m.group(1).split("."))
        if num <= last: print("out of order", i, l[:30]); continue
        last = num
        out.append({"depth": depth + 1, "marker": m.group(1), "title": m.group(1), "line": i})
g["headings"] = out
open(f"gold/{name}.json", "w", encoding="utf-8").write(json.dumps(g, ensure_ascii=False, indent=0) + "\n")
print(len(out))
