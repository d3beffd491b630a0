#!/usr/bin/env python3
"""Post-fix a gold written by make_md_doc.py: split markers the converter does not know ('一.', 'I.', 'IV.'),
drop a trailing colon from titles, and optionally override depths.
usage: fixmarkers.py NAME [LINE=DEPTH ...] [-LINE ...] [+LINE:DEPTH ...]
   (-LINE drops that heading; +LINE:DEPTH adds the unnumbered line LINE, e.g. a bold standalone label, as a heading)"""
import json, re, sys
name = sys.argv[1]
p = f'/work/fresh28/gold/{name}.json'
d = json.load(open(p, encoding='utf-8'))
over = {int(a.split('=')[0]): int(a.split('=')[1]) for a in sys.argv[2:] if '=' in a}
add = {int(a[1:].split(':')[0]): int(a.split(':')[1]) for a in sys.argv[2:] if a.startswith('+')}
L = open(f'/work/fresh28/docs/{name}.txt', encoding='utf-8').read().split('\n')
for ln, dp in add.items():
    d['headings'].append({'depth': dp, 'marker': '', 'title': L[ln - 1].strip(), 'line': ln})
d['headings'].sort(key=lambda h: h['line'])
drop = {int(a[1:]) for a in sys.argv[2:] if a.startswith('-')}
hs = []
for h in d['headings']:
    if h['line'] in drop:
        continue
    if not h['marker']:
        m = re.match(r'([一二三四五六七八九十]+\.|[IVX]+\.)\s*(.*)', h['title'])
        if m:
            h['marker'], h['title'] = m.group(1), m.group(2)
    h['title'] = h['title'].rstrip('：: ')
    if h['line'] in over:
        h['depth'] = over[h['line']]
    hs.append(h)
d['headings'] = hs
json.dump(d, open(p, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
for h in hs:
    print(h['line'], h['depth'], repr(h['marker']), h['title'])
