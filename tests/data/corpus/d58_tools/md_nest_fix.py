#!/usr/bin/env python3
"""dev set 58: after make_md_doc.py, give each Markdown heading its nesting depth (a '###' directly under a '#'
is depth 2, as the reader sees it nested one level) and re-find each heading's line in the text (a heading with
a <br> inside spans two lines of the text: its title is its first line).
usage: md_nest_fix.py GOLD.json SOURCE.md LEVELS(e.g. 1,2,3)"""
import json, re, sys
gp, src, levels = sys.argv[1], sys.argv[2], {int(x) for x in sys.argv[3].split(',')}
d = json.load(open(gp, encoding='utf-8'))
doc = open('/work/dev58/docs/' + d['file'], encoding='utf-8').read().split('\n')
lv, fenced = [], False
for line in open(src, encoding='utf-8').read().replace('\r\n', '\n').split('\n'):
    if line.strip().startswith('```'):
        fenced = not fenced; continue
    if fenced: continue
    m = re.fullmatch(r'(#{1,6})\s*(.*?)\s*#*\s*', line.strip()) if line.lstrip().startswith('#') else None
    if m and len(m.group(1)) in levels and re.sub(r'<[^>]+>', '', m.group(2)).strip():
        lv.append(len(m.group(1)))
assert len(lv) == len(d['headings']), (len(lv), len(d['headings']))
stack, pos = [], 0
for h, level in zip(d['headings'], lv):
    while stack and stack[-1] >= level:
        stack.pop()
    h['depth'] = len(stack) + 1
    stack.append(level)
    first = h['title'].split('\n')[0].strip()
    h['title'] = first
    for i in range(pos, len(doc)):
        if doc[i].strip() == (h['marker'] + ' ' + first).strip() or doc[i].strip() == h['marker'] + first or doc[i].strip() == first:
            h['line'] = i + 1; pos = i + 1; break
    else:
        raise SystemExit('not found: ' + first)
json.dump(d, open(gp, 'w', encoding='utf-8'), ensure_ascii=False, indent=0)
