"""fresh10: render a Taiwan law from kong0107/mojLawSplitXML (FalVMingLing/<pcode>.xml, the MOJ open-data XML split per
law) as plain text the way the MOJ law page lays it out: the law's name, its metadata lines (類別, 性質, 異動日期, 網址),
its 沿革 block as the XML gives it (numbered amendment entries, hard-wrapped), then every 編章節 line and every article
(label line '第 7-1 條', then its text with the XML's own line breaks, which are hard wraps at ~35 characters).
Gold: every 編/章/節/款 line (depth by kind: 編 < 章 < 節 < 款, ranks among the kinds present) and every article label
one level under the innermost heading before it. Runs no reader code.
usage: make_twlaw_xml.py SRC.xml NAME"""
import json, re, sys
from pathlib import Path
root = Path("/work/fresh10")
src, name = Path(sys.argv[1]), sys.argv[2]
s = src.read_text(encoding="utf-8")
def tag(t):
    m = re.search(rf"<{t}>(.*?)</{t}>", s, re.S)
    v = m.group(1) if m else ""
    v = re.sub(r"^<!\[CDATA\[(.*)\]\]>$", r"\1", v.strip(), flags=re.S)
    return v.strip()
title = tag("法規名稱")
d = tag("最新異動日期")
lines = [title, "", "法規類別：" + tag("法規類別"), "", "法規性質：" + tag("法規性質"), "",
         f"最新異動日期：{d[:4]}/{d[4:6]}/{d[6:]}", "", "法規網址：" + tag("法規網址"), ""]
hist = tag("沿革內容")
if hist:
    lines.append("沿革：")
    lines += [l.rstrip() for l in hist.split("\n")]
    lines.append("")
body = s[s.index("<法規內容>"):]
items = re.findall(r"<編章節>(.*?)</編章節>|<條號>(.*?)</條號>\s*<條文內容><!\[CDATA\[(.*?)\]\]></條文內容>", body, re.S)
kinds = [k for k in "編章節款" if any(re.match(rf"\s*第\s*\S+\s*{k}", it[0]) for it in items if it[0])]
heads = []; cur = 0
for sec, lab, txt in items:
    if sec:
        t = sec.strip()
        m = re.match(r"(第\s*\S+\s*([編章節款])(?:之\S+)?)\s+(.*)", t)
        depth = kinds.index(m.group(2)) + 1
        lines.append(t)
        heads.append({"depth": depth, "marker": m.group(1), "title": m.group(3).strip(), "line": len(lines)})
        lines.append("")
        cur = depth
    else:
        lab = lab.strip()
        lines.append(lab)
        heads.append({"depth": cur + 1, "marker": lab, "title": lab, "line": len(lines)})
        lines += [l.rstrip() for l in txt.rstrip("\n").split("\n")]
        lines.append("")
while lines and not lines[-1]:
    lines.pop()
(root / "docs" / f"{name}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
rec = {"file": f"{name}.txt", "split": "heldout", "fresh": True, "title": title, "headings": heads}
(root / "gold" / f"{name}.json").write_text(json.dumps(rec, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
print(name, len(heads), "headings", len(lines), "lines", "kinds", kinds)
