#!/usr/bin/env python3
"""Remap the depths of a gold written by make_md_doc.py (depth by rank of the # level), when the page skips a level:
usage: fix_depth.py GOLD.json OLD=NEW [OLD=NEW ...]  e.g. 3=2 (a ### directly under a #, with no ## between)."""
import json, sys
p = sys.argv[1]
m = dict(tuple(map(int, a.split('='))) for a in sys.argv[2:])
d = json.load(open(p, encoding='utf-8'))
for h in d['headings']:
    h['depth'] = m.get(h['depth'], h['depth'])
open(p, 'w', encoding='utf-8').write(json.dumps(d, ensure_ascii=False, indent=0) + '\n')
