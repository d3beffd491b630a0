#!/usr/bin/env python3
"""Gold from a saved page's h-tags (dev set 57): each h-tag of levels MIN..MAX is found, in order, in the converted
text (same whitespace collapsing as html_blocks.py); depth = nesting level among the kept h-tags (level - MIN + 1 when no level is skipped); a VuePress/VitePress anchor glyph
('# ' from <a class="header-anchor">#</a>) is kept in the text as scraped but is not part of the gold title;
marker and run-in cut by gold.parse.
usage: htag_gold.py SRC.html DOC.txt TITLE MIN MAX [--skip REGEX] [--toc A-B]"""
import re, sys, html, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gold
src, txt, title, lo, hi = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5])
skip = sys.argv[sys.argv.index('--skip') + 1] if '--skip' in sys.argv else None
# --toc A-B: lines A..B of the text (a contents list repeating the headings) are never taken as headings
toc = tuple(map(int, sys.argv[sys.argv.index('--toc') + 1].split('-'))) if '--toc' in sys.argv else (0, -1)
t = open(src, encoding='utf-8').read()
t = re.sub(r'(?is)<(script|style)\b.*?</\1>', '', t)
t = re.sub(r'(?s)<!--.*?-->', '', t)
heads = []
for m in re.finditer(r'(?is)<h([1-6])\b[^>]*>(.*?)</h\1>', t):
    lv = int(m.group(1))
    if not lo <= lv <= hi:
        continue
    s = html.unescape(re.sub(r'<[^>]+>', '', m.group(2))).replace('\xa0', ' ')
    s = re.sub(r'[ \t\r\n]+', ' ', s).strip()
    if s and not (skip and re.search(skip, s)):
        heads.append((lv, s))
lines = open(os.path.join(gold.ROOT, 'docs', txt), encoding='utf-8').read().split('\n')
spec, pos, stack = [], 0, []
for lv, s in heads:
    while stack and stack[-1] >= lv:
        stack.pop()
    stack.append(lv)
    while lines[pos].strip() != s or toc[0] <= pos + 1 <= toc[1]:
        pos += 1
    clean = s[2:] if s.startswith('# ') else s
    marker, ttl = gold.parse(clean)
    spec.append([pos + 1, len(stack), ttl, marker])  # depth = nesting level (an h5 right under an h3 is depth 3+1)
    pos += 1
gold.write(txt, title, spec)
