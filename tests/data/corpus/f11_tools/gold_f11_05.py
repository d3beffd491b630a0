"""f11_05: after make_md_doc.py (## / ### / #### -> depth 1/2/3): the title '2050 就要考量這些啊…' is unnumbered (its
'2050' is a year, not a section number); add the section '八、北投再生計畫' that the page writes as a plain line in the
#### 一、…十三、 run (depth 3), and the (一)(二)… sub-section labels the page sets in indented blocks under 一、, 六、 and
十三、 (depth 4, title without a trailing colon)."""
import json, re
from pathlib import Path
ROOT = Path("/work/fresh11")
name = "f11_05_twcity_taibei_2050_jihua"
g = ROOT / "gold" / f"{name}.json"
d = json.loads(g.read_text(encoding="utf-8"))
lines = (ROOT / "docs" / f"{name}.txt").read_text(encoding="utf-8").split("\n")
heads = []
for h in d["headings"]:
    if h["marker"] == "2050":
        h = {"depth": h["depth"], "marker": "", "title": lines[h["line"] - 1].strip(), "line": h["line"]}
    heads.append(h)
for i, l in enumerate(lines, 1):
    t = l.strip()
    if t == "八、北投再生計畫":
        heads.append({"depth": 3, "marker": "八、", "title": "北投再生計畫", "line": i})
    m = re.fullmatch(r"(\([一二三四五六七八九十]\))(.+)", t)
    if m and l.startswith("    "):
        heads.append({"depth": 4, "marker": m.group(1), "title": m.group(2).strip().rstrip("：:"), "line": i})
heads.sort(key=lambda h: h["line"])
d["headings"] = heads
g.write_text(json.dumps(d, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
print(name, len(heads))
