"""fresh9: gold of f9_09 (a CSRC 准则 page of the TD2000 OA law library), written from the page's structure: the
page's own section label '一、格式：' (depth 1), the rule's part heading '第一部分 基本要求' (depth 2), and the rule's
clauses 一、…十四、 at line starts in sequence (depth 3), which are its articles (untitled: title = label, as for
articles). The two centred lines naming the rule are its title, not headings. Runs no reader code."""
import json, re
from pathlib import Path
root = Path("/work/fresh9"); name = "f9_09_rule_zhengjianhui_falv_yijianshu"
CN = "一二三四五六七八九十"
def cn(n): return (CN[n // 10 - 1] if n >= 20 else "") + ("十" if n >= 10 else "") + (CN[n % 10 - 1] if n % 10 else "") if n >= 10 else CN[n - 1]
g = json.loads((root / "gold" / f"{name}.json").read_text(encoding="utf-8"))
lines = (root / "docs" / g["file"]).read_text(encoding="utf-8").split("\n")
heads, nxt, seen_part = [], 1, False
for i, t in enumerate(lines, 1):
    if t == "一、格式：":
        heads.append({"depth": 1, "marker": "一、", "title": "格式", "line": i})
    elif re.fullmatch(r"第一部分\s+基本要求", t):
        heads.append({"depth": 2, "marker": "第一部分", "title": "基本要求", "line": i}); seen_part = True
    elif seen_part and t.startswith(cn(nxt) + "、"):
        heads.append({"depth": 3, "marker": cn(nxt) + "、", "title": cn(nxt) + "、", "line": i}); nxt += 1
g["headings"] = heads
(root / "gold" / f"{name}.json").write_text(json.dumps(g, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
print(name, len(heads), "headings")
