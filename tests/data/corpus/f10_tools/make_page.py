"""fresh10: a saved HTML page to plain text: the page's title (its h1, or --title) first, then the text of every block
between two markers, one block a line, blocks separated by a blank line (tools/html_lines.py, fresh8's block splitter);
the page's own chrome between the markers stays as scraped. Gold: the blocks whose tag is one of --heads (e.g. h2:1,h3:2
gives depth by tag), plus --extra 'regex:depth' for lines the page marks up otherwise (bold section lines). The marker
of a numbered heading is split off as make_md_doc.py does. Runs no reader code.
usage: make_f9_page.py SRC NAME START END [--heads h2:1] [--extra REGEX:DEPTH ...] [--title T] [--encoding E]"""
import argparse, html, json, re, sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from html_lines import html_lines
root = Path("/work/fresh10")
ap = argparse.ArgumentParser()
ap.add_argument("src"); ap.add_argument("name"); ap.add_argument("start"); ap.add_argument("end")
ap.add_argument("--heads", default=""); ap.add_argument("--extra", action="append", default=[])
ap.add_argument("--title"); ap.add_argument("--encoding", default="utf-8"); ap.add_argument("--php", action="store_true")
ap.add_argument("--runin", action="append", default=[], help="REGEX:DEPTH, REGEX with groups (marker, title): a numbered block opening with a run-in title")
a = ap.parse_args()
s = Path(a.src).read_bytes().decode(a.encoding, errors="replace")
if a.php:
    s = re.sub(r"(?s)<\?.*?\?>", "", s)  # a PHP template: its <?= ?> / <?php ?> tags are not page text
i = s.find(a.start); j = s.find(a.end, i + 1)
assert i >= 0 and j > i, (i, j)
frag = s[i:j]
# anchor links a static-site generator puts before each heading ('#') are not text; code in <pre> keeps its lines
frag = re.sub(r'(?is)<a[^>]*class="header-anchor"[^>]*>.*?</a>', "", frag)
def _pre(m):
    body = m.group(0).replace("\r", "")
    return re.sub(r"\n", "<br>\x01", body)
frag = re.sub(r"(?is)<pre\b.*?</pre>", _pre, frag)
title = a.title
if not title:
    m = re.search(r"(?is)<h1[^>]*>(.*?)</h1>", s)
    title = html.unescape(re.sub(r"<[^>]+>", "", m.group(1))).strip()
heads = dict(x.split(":") for x in a.heads.split(",") if x)
# mark heading blocks before splitting
marks = []
def tagmark(m):
    t = re.sub(r"(?s)<[^>]+>", "", m.group(2)); t = html.unescape("".join(p.strip() for p in t.split("\n"))).strip()
    marks.append((t, int(heads[m.group(1).lower()])))
    return m.group(0)
if heads:
    re.sub(r"(?is)<(" + "|".join(heads) + r")\b[^>]*>(.*?)</\1>", tagmark, frag)
blocks = html_lines(frag)
lines = [title, ""]
start_at = 0
if blocks and blocks[0] == title:
    start_at = 1
_CN = "一二三四五六七八九十百零〇"
MARK = re.compile(rf"(第[{_CN}\d]+[章节條条篇部讲講课課]|[{_CN}]+、|（[{_CN}]+）|\([{_CN}]+\)|（\d+）|\d+(?:\.\d+)+\.?|\d+[.、．](?!\d)|\d+(?=\s))\s*(.*)")
gold = []; mi = 0
extra = [(re.compile(x.rsplit(":", 1)[0]), int(x.rsplit(":", 1)[1])) for x in a.extra]
for b in blocks[start_at:]:
    if b.startswith("\x01"):
        if lines and lines[-1] == "": lines.pop()
        b = b[1:]
    if b == "" and lines and lines[-1] == "":
        continue
    lines.append(b)
    depth = None
    if mi < len(marks) and b == marks[mi][0]:
        depth = marks[mi][1]; mi += 1
    else:
        for rx, d in extra:
            if rx.fullmatch(b): depth = d; break
    rm = None
    if not depth:
        for x in a.runin:
            rx, d = x.rsplit(":", 1)
            rm = re.match(rx, b)
            if rm: depth = int(d); break
    if rm:
        gold.append({"depth": depth, "marker": rm.group(1), "title": rm.group(2), "line": len(lines)})
    elif depth:
        m = MARK.fullmatch(b)
        if m and not m.group(2):  # a bare number or date ('2019.06.26') is the title itself, not a numbered heading
            m = None
        gold.append({"depth": depth, "marker": m.group(1) if m else "", "title": m.group(2) if m else b.rstrip("：:").strip(), "line": len(lines)})  # a label's colon is not part of its title
    if lines[-1] != "":
        lines.append("")
while lines and not lines[-1]: lines.pop()
assert mi == len(marks), ("unmatched heading blocks", marks[mi:])
(root / "docs" / f"{a.name}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
rec = {"file": f"{a.name}.txt", "split": "heldout", "fresh": True, "title": title, "headings": gold}
(root / "gold" / f"{a.name}.json").write_text(json.dumps(rec, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
print(a.name, len(gold), "headings", len(lines), "lines")
