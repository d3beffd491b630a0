#!/usr/bin/env python3
"""Gold from an HTML page's h-tags (h2-h5), for pages whose h2 sections are numbered 1. / 2.1 (a '2.1' h2 sits
under the '2.' h2): each heading is found, in order, in the converted text (same whitespace collapsing as
html_blocks.py; headings inside <script>/<style> are dropped as html_blocks.py drops them); an h2's depth is the
number of parts of its decimal number (1 when unnumbered), an h3-h5's depth is the depth of the h2 above it plus
(level - 2); the marker is the number as written. Headings matching --skip REGEX are left out.
--from N starts the search at line N (to pass over a navigation list that repeats the headings).
usage: gold_htags_nested.py SRC.html DOC.txt TITLE [--skip REGEX] [--from N]"""
import re, sys, json, html
src, txt, title = sys.argv[1:4]
skip = sys.argv[sys.argv.index('--skip') + 1] if '--skip' in sys.argv else None
start = int(sys.argv[sys.argv.index('--from') + 1]) - 1 if '--from' in sys.argv else 0
t = open(src, encoding='utf-8').read()
t = re.sub(r'(?is)<(script|style)\b.*?</\1>', '', t)
t = re.sub(r'(?s)<!--.*?-->', '', t)
heads = []
for m in re.finditer(r'(?is)<h([2-5])\b[^>]*>(.*?)</h\1>', t):
    s = html.unescape(re.sub(r'<[^>]+>', '', m.group(2))).replace('\xa0', ' ')
    s = re.sub(r'[ \t\r\n]+', ' ', s).strip()
    if s and not (skip and re.search(skip, s)):
        heads.append((int(m.group(1)), s))
lines = open(txt, encoding='utf-8').read().split('\n')
out, pos, base = [], start, 1
for level, h in heads:
    while lines[pos].strip() != h:
        pos += 1
    m = re.match(r'^(\d+(?:\.\d+)*\.?)\s*(.*)$', h)
    marker, rest = (m.group(1), m.group(2)) if m else ('', h)
    if level == 2:
        depth = len([p for p in marker.rstrip('.').split('.') if p]) if marker else 1
        base = depth
    else:
        depth = base + level - 2
    out.append({'depth': depth, 'marker': marker, 'title': rest.rstrip('：:'), 'line': pos + 1})
    pos += 1
d = {'file': txt.split('/')[-1], 'split': 'heldout', 'fresh': True, 'title': title, 'headings': out}
gp = txt.replace('docs/', 'gold/')[:-4] + '.json'
json.dump(d, open(gp, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(gp, len(out), 'headings')
