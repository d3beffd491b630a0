"""fresh7: a law as plain text from the NPC database (DiamonWoo/Laosheng.top falv/flk.npc/*.txt: UTF-8 with BOM, CRLF)
to the corpus text: BOM and CR removed, trailing spaces removed, leading blank lines dropped, the law's name is line 1;
nothing else changed (the contents list, whose lines repeat the chapter and section headings, stays as it is).
Gold: after the contents list, the chapter lines '第X章　title' (depth 1), the section lines '第X节　title' (depth 2)
and every article label '第X条' at a line start (depth 2 under a chapter, 3 under a section; title = marker).
Usage: conv_npc_txt_law.py SRC NAME"""
import json, re, sys
from pathlib import Path
src, name = sys.argv[1], sys.argv[2]
root = Path(__file__).resolve().parent.parent
raw = Path(src).read_text(encoding="utf-8-sig").replace("\r\n", "\n").replace("\r", "\n")
lines = [l.rstrip() for l in raw.split("\n")]
while lines and not lines[0].strip():
    lines.pop(0)
while lines and not lines[-1].strip():
    lines.pop()
CN = "一二三四五六七八九十百"
heads, in_toc, in_sec, seen_first = [], False, False, None
toc_end = None
for n, l in enumerate(lines, 1):
    s = l.strip()
    if re.fullmatch(r"目\s*录", s):
        in_toc = True; continue
    if in_toc:
        if not s:
            in_toc = False
        continue
    m = re.fullmatch(rf"(第[{CN}]+章)[\s　]+(.+)", l)
    if m:
        in_sec = False
        heads.append({"depth": 1, "marker": m.group(1), "title": m.group(2).strip(), "line": n}); continue
    m = re.fullmatch(rf"(第[{CN}]+节)[\s　]+(.+)", l)
    if m:
        in_sec = True
        heads.append({"depth": 2, "marker": m.group(1), "title": m.group(2).strip(), "line": n}); continue
    a = re.match(rf"(第[{CN}]+条)[\s　]", l)
    if a:
        heads.append({"depth": 3 if in_sec else 2, "marker": a.group(1), "title": a.group(1), "line": n})
(root / "docs" / f"{name}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
rec = {"file": f"{name}.txt", "split": "heldout", "fresh": True, "title": lines[0].strip(), "headings": heads}
(root / "gold" / f"{name}.json").write_text(json.dumps(rec, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
print(name, len(lines), "lines", len(heads), "headings")
