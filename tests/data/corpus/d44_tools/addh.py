#!/usr/bin/env python3
"""Add headings to a gold: addh.py NAME DEPTH LINE [LINE...] (marker/title parsed from the text line by gold.parse),
or remove: addh.py NAME del LINE [LINE...]. Headings are kept sorted by line."""
import json, sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gold
name, depth, lines = sys.argv[1], sys.argv[2], [int(x) for x in sys.argv[3:]]
p = os.path.join(gold.ROOT, 'gold', name + '.json')
d = json.load(open(p, encoding='utf-8'))
L = open(os.path.join(gold.ROOT, 'docs', d['file']), encoding='utf-8').read().split('\n')
if depth == 'del':
    d['headings'] = [h for h in d['headings'] if h['line'] not in lines]
else:
    have = {h['line'] for h in d['headings']}
    for ln in lines:
        assert ln not in have, ln
        m, t = gold.parse(L[ln - 1])
        d['headings'].append({'depth': int(depth), 'marker': m, 'title': t, 'line': ln})
d['headings'].sort(key=lambda h: h['line'])
json.dump(d, open(p, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
