"""fresh6: gold for a page that collects posts (ruanyf/weekly 《谁在招人》 comments): each wrapper heading '## 招聘 N' is
depth 1; the headings a post writes itself (any level, '#' to '####') sit below its wrapper, ranked by their Markdown
level within that post (the post's highest level → depth 2, the next → depth 3, ...). Usage: gold_posts.py NAME SRC_MD"""
import json, re, sys
from pathlib import Path
name, src = sys.argv[1], sys.argv[2]
root = Path(__file__).resolve().parent.parent
gold = json.loads((root / "gold" / f"{name}.json").read_text(encoding="utf-8"))
src_heads = []
for line in open(src, encoding="utf-8"):
    m = re.match(r"(#{1,6})\s+(.*?)\s*$", line)
    if m and m.group(2):
        src_heads.append((len(m.group(1)), m.group(2)))
src_heads = src_heads[1:]  # the page title '# Issue #… 招聘汇总' is the title line
assert len(src_heads) == len(gold["headings"]), (len(src_heads), len(gold["headings"]))
posts, cur = [], None
for (lvl, text), h in zip(src_heads, gold["headings"]):
    if lvl == 2 and re.fullmatch(r"招聘 \d+", text):
        h["depth"] = 1; cur = []; posts.append(cur)
    else:
        cur.append((lvl, h))
for post in posts:
    ranks = sorted({lvl for lvl, _ in post})
    for lvl, h in post:
        h["depth"] = 2 + ranks.index(lvl)
(root / "gold" / f"{name}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
print(len(gold["headings"]), len(posts))
