"""f11_07: after make_md_doc.py (## 来源分类 / ## 文章链接 at depth 1): each feed's <details> block is titled by its
<summary> (阮一峰的网络日志, 少数派, V2EX, 知乎每日精选, 好工具周刊), the sections a reader navigates by (the page's
own contents list links to them): depth 2 under 文章链接, at the line that holds the summary text."""
import json, re
from pathlib import Path
ROOT = Path("/work/fresh11"); name = "f11_07_rss_yuedu_huizong"
src = (ROOT / "src/rss-reader/README.md").read_text(encoding="utf-8")
names = re.findall(r'<summary id="([^"]+)">', src)
g = ROOT / "gold" / f"{name}.json"; d = json.loads(g.read_text(encoding="utf-8"))
lines = (ROOT / "docs" / f"{name}.txt").read_text(encoding="utf-8").split("\n")
start = max(h["line"] for h in d["headings"])  # 文章链接
for n in names:
    i = next(i for i in range(start, len(lines) + 1) if lines[i - 1].strip() == n)
    d["headings"].append({"depth": 2, "marker": "", "title": n, "line": i}); start = i
d["headings"].sort(key=lambda h: h["line"])
g.write_text(json.dumps(d, ensure_ascii=False, indent=0) + "\n", encoding="utf-8"); print(name, len(d["headings"]))
