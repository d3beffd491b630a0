"""fresh6: rewrite a make_md_doc.py gold so that depth follows nesting (a heading is one level below the nearest
preceding heading of a higher Markdown level), and split spaced Taiwan labels ('第 一 章 總則', '第 52-1 條') into
marker and title (an article's title is its marker, as in every earlier gold). Usage: gold_nest.py NAME SRC_MD LEVELS"""
import json, re, sys
from pathlib import Path
name, src, levels = sys.argv[1], sys.argv[2], [int(x) for x in sys.argv[3].split(",")]
root = Path(__file__).resolve().parent.parent
gold = json.loads((root / "gold" / f"{name}.json").read_text(encoding="utf-8"))
lines = (root / "docs" / f"{name}.txt").read_text(encoding="utf-8").split("\n")
# heading levels from the source, in order
src_heads = []
for line in open(src, encoding="utf-8"):
    m = re.match(r"(#{1,6})\s*(.*?)\s*$", line)
    if m and len(m.group(1)) in levels and m.group(2):
        src_heads.append(len(m.group(1)))
assert len(src_heads) == len(gold["headings"]), (len(src_heads), len(gold["headings"]))
stack = []  # (level, depth)
for h, lvl in zip(gold["headings"], src_heads):
    while stack and stack[-1][0] >= lvl:
        stack.pop()
    h["depth"] = stack[-1][1] + 1 if stack else 1
    stack.append((lvl, h["depth"]))
    text = lines[h["line"] - 1].strip()
    m = re.fullmatch(r"(第\s*[\d\-]+\s*條)", text)
    u = re.fullmatch(r"(第\s*\S+\s*[編章節款目](?:之\S+)?)\s*(.*)", text)
    if m:
        h["marker"], h["title"] = m.group(1), m.group(1)
    elif u:
        h["marker"], h["title"] = u.group(1), u.group(2)
(root / "gold" / f"{name}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
