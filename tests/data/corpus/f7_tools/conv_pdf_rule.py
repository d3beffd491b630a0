"""fresh7: a CSRC rule published as PDF (CHINGBOH/lawfocus data/official/csrc-id-2023/csrc-id-2023.pdf) to text with
`pdftotext -layout -enc UTF-8` (poppler), kept as the PDF extract it is: hard wraps, indentation, blank lines and the
page footers ('— 1 —') stay; only trailing spaces are removed and the title line (line 1) is stripped.
Gold: the chapter lines '第X章   title' (depth 1, title as written after the label) and every article label '第X条' at
a line start (depth 2, title = marker), checked to run 第一条 … without gaps. Usage: conv_pdf_rule.py TXT NAME"""
import json, re, sys
from pathlib import Path
src, name = sys.argv[1], sys.argv[2]
root = Path(__file__).resolve().parent.parent
lines = [l.rstrip() for l in Path(src).read_text(encoding="utf-8").replace("\f", "\n").split("\n")]
while lines and not lines[-1]:
    lines.pop()
lines[0] = lines[0].strip()
CN = "一二三四五六七八九十"
heads = []
for n, l in enumerate(lines, 1):
    m = re.fullmatch(rf"\s*(第[{CN}]+章)\s+(.+)", l)
    if m and n > 1:
        heads.append({"depth": 1, "marker": m.group(1), "title": m.group(2).strip(), "line": n}); continue
    a = re.match(rf"\s*(第[{CN}]+条)\s", l)
    if a:
        heads.append({"depth": 2, "marker": a.group(1), "title": a.group(1), "line": n})
(root / "docs" / f"{name}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
rec = {"file": f"{name}.txt", "split": "heldout", "fresh": True, "title": lines[0], "headings": heads}
(root / "gold" / f"{name}.json").write_text(json.dumps(rec, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
print(name, len(lines), "lines", len(heads), "headings")
