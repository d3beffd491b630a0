"""fresh7: a daily page of the RSS digest flaging/feed (2021/M-D.md) to text and gold. The '# date' line becomes the
title (line 1); each '## [headline](url)' line becomes its headline text (everything between the first '[' and the last
'](' — headlines may contain brackets themselves; the feed's own escapes such as '_s', '_t', '_d_d_d' are kept as
scraped, HTML entities decoded); '> ' is removed from the quoted author/fetch-time lines; whitespace-only lines become
blank and runs of blank lines are collapsed. Gold: every '##' headline, depth 1 (one headline with an empty link text, '## [](…)', leaves a blank line and
is not in the gold), no marker (headlines are unnumbered,
even when they start with a number). Usage: conv_feed_page.py SRC NAME"""
import html, json, re, sys
from pathlib import Path
src, name = sys.argv[1], sys.argv[2]
root = Path(__file__).resolve().parent.parent
title, body, heads = None, [], []
for line in Path(src).read_text(encoding="utf-8").split("\n"):
    s = line.rstrip()
    if title is None and s.startswith("# "):
        title = s[2:].strip(); continue
    m = re.match(r"##\s+\[(.*)\]\([^()]*\)\s*$", s)
    if m:
        text = html.unescape(m.group(1)).strip()
        body.append(text); heads.append(len(body)); continue
    if s.startswith(">"):
        s = s[1:].lstrip()
    body.append(html.unescape(s) if s.strip() else "")
lines = [title, ""]
index = {}
for i, l in enumerate(body, 1):
    if not l and (not lines[-1]):
        continue
    lines.append(l); index[i] = len(lines)
while not lines[-1]:
    lines.pop()
gold = [{"depth": 1, "marker": "", "title": body[i - 1], "line": index[i]} for i in heads if body[i - 1]]
(root / "docs" / f"{name}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
rec = {"file": f"{name}.txt", "split": "heldout", "fresh": True, "title": title, "headings": gold}
(root / "gold" / f"{name}.json").write_text(json.dumps(rec, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
print(name, len(lines), "lines", len(gold), "headings")
