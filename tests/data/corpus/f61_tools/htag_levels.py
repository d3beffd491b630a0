#!/usr/bin/env python3
"""Gold from an HTML page's h-tags by level: each h2..hN heading of the source is found, in order, in the converted
text (html_blocks.py output); depth = rank of its tag level among the levels given; marker = leading numbering
(一、 / （一） / 1. / 2.1) as written, '' if none. Headings whose text is in --skip (|-separated) are left out
(the title shown again, page chrome).
usage: htag_levels.py SRC.html DOC.txt TITLE --levels 2,3,4 [--skip 'A|B'] [--from N]"""
import re, sys, json, html
src, txt, title = sys.argv[1:4]
a = sys.argv
levels = [int(x) for x in a[a.index('--levels') + 1].split(',')]
skip = set(a[a.index('--skip') + 1].split('|')) if '--skip' in a else set()
start = int(a[a.index('--from') + 1]) - 1 if '--from' in a else 0
t = open(src, encoding='utf-8').read()
t = re.sub(r'(?is)<(script|style)\b.*?</\1>', '', t)
t = re.sub(r'(?s)<!--.*?-->', '', t)
heads = []
for m in re.finditer(r'(?is)<h([1-6])\b[^>]*>(.*?)</h\1>', t):
    lv = int(m.group(1))
    s = html.unescape(re.sub(r'<[^>]+>', '', m.group(2))).replace('\xa0', ' ')
    s = re.sub(r'[ \t\r\n]+', ' ', s).strip()
    if lv in levels and s and s not in skip:
        heads.append((lv, s))
MARK = re.compile(r'^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+(?:\.\d+)+\.?|\d+[\.、．])\s*(.*)$')
lines = open(txt, encoding='utf-8').read().split('\n')
out, pos = [], start
for lv, h in heads:
    while lines[pos].strip() != h:
        pos += 1
    m = MARK.match(h)
    marker, rest = (m.group(1), m.group(2)) if m else ('', h)
    out.append({'depth': levels.index(lv) + 1, 'marker': marker, 'title': rest.rstrip('：:'), 'line': pos + 1})
    pos += 1
d = {'file': txt.split('/')[-1], 'split': 'heldout', 'fresh': True, 'title': title, 'headings': out}
gp = txt.replace('docs/', 'gold/')[:-4] + '.json'
json.dump(d, open(gp, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
for h in out:
    print(h['line'], h['depth'], repr(h['marker']), h['title'])
