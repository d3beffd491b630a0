"""Drop VuePress container/TOC chrome (::: lines, [[TOC]], the centred 目录 label, --- rules) from a Markdown page
before make_md_doc.py converts it; front matter is left for make_md_doc.py."""
import sys
src, dst = sys.argv[1], sys.argv[2]
lines = open(src, encoding="utf-8").read().split("\n")
out, i = [], 0
# keep front matter as is
if lines[0].strip() == "---":
    j = lines.index("---", 1)
    out, i = lines[: j + 1], j + 1
skip_center = False
for line in lines[i:]:
    s = line.strip()
    if s.startswith(":::"):
        skip_center = s == "::: center"
        continue
    if skip_center and s == "目录":
        continue
    if s in ("[[TOC]]", "---"):
        continue
    out.append(line)
open(dst, "w", encoding="utf-8").write("\n".join(out))
