"""fresh11 saved-page converter: page <title> (whitespace collapsed) as line 1, then the text of the page between the
first occurrence of START and the first occurrence of END after it, one block a line (html_lines.py). Usage:
    python3 make_page.py SRC OUT START END [--join-cells]"""
import html, re, sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from html_lines import html_lines
src, out, start, end = sys.argv[1:5]
s = Path(src).read_text(encoding="utf-8")
m = re.search(r"(?is)<title>(.*?)</title>", s)
title = re.sub(r"\s+", " ", html.unescape(m.group(1))).strip() if m else ""
i = s.index(start); j = s.index(end, i)
lines = ([title] if title else []) + html_lines(s[i:j], join_cells="--join-cells" in sys.argv)
Path(out).write_text("\n".join(lines) + "\n", encoding="utf-8")
print(out, len(lines), "lines")
