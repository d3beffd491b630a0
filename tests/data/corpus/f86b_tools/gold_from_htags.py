#!/usr/bin/env python3
"""Gold from an HTML page's h-tags: each h2-h4 heading of the source is found, in order, in the converted
text (same whitespace collapsing as html_blocks.py); depth by the parts of its decimal number ('2.5.1' -> 3),
unnumbered titles at depth 1 (default) or as given; the marker is the number as written ('1.', '2.1').
usage: gold_from_htags.py SRC.html DOC.txt TITLE [--skip REGEX]"""
import re, sys, json, html
src, txt, title = sys.argv[1:4]
skip = sys.argv[sys.argv.index('--skip') + 1] if '--skip' in sys.argv else None
t = open(src, encoding='utf-8').read()
heads = []
for m in re.finditer(r'(?is)<h([2-4])\b[^>]*>(.*?)</h\1>', t):
    s = html.unescape(re.sub(r'<[^>]+>', '', m.group(2))).replace('\xa0', ' ')
    s = re.sub(r'[ \t\r\n]+', ' ', s).strip()
    if s and not (skip and re.search(skip, s)):
        heads.append(s)
lines = open(txt, encoding='utf-8').read().split('\n')
out, pos = [], 0
for h in heads:
    while lines[pos].strip() != h:
        pos += 1
    m = re.match(r'^(\d+(?:\.\d+)*\.?)\s*(.*)$', h)
    if m:
        marker, rest = m.group(1), m.group(2)
        depth = len([p for p in marker.rstrip('.').split('.') if p])
    else:
        marker, rest, depth = '', h, 1
    out.append({'depth': depth, 'marker': marker, 'title': rest, 'line': pos + 1})
    pos += 1
d = {'file': txt.split('/')[-1], 'split': 'heldout', 'fresh': True, 'title': title, 'headings': out}
gp = txt.replace('/docs/', '/gold/').replace('docs/', 'gold/')[:-4] + '.json'
json.dump(d, open(gp, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
for h in out:
    print(h['line'], h['depth'], repr(h['marker']), h['title'])
