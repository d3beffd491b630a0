#!/usr/bin/env python3
"""Add hand-picked headings to a gold written by make_md_doc.py: spec = list of [line, depth(, title(, marker))].
Marker and title are read from the converted text's line with gold.parse; headings are kept in line order."""
import json, sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gold
name, spec = sys.argv[1], json.loads(sys.argv[2])
p = os.path.join(gold.ROOT, 'gold', name + '.json')
d = json.load(open(p, encoding='utf-8'))
L = open(os.path.join(gold.ROOT, 'docs', name + '.txt'), encoding='utf-8').read().split('\n')
hs = [h for h in d['headings'] if h['line'] not in {it[0] for it in spec}]
for it in spec:
    marker, title = gold.parse(L[it[0] - 1])
    if len(it) > 2 and it[2] is not None: title = it[2]
    if len(it) > 3: marker = it[3]
    hs.append({'depth': it[1], 'marker': marker, 'title': title, 'line': it[0]})
d['headings'] = sorted(hs, key=lambda h: h['line'])
json.dump(d, open(p, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
for h in d['headings']: print(h['line'], h['depth'], repr(h['marker']), h['title'])
