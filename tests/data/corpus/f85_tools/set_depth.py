#!/usr/bin/env python3
"""Set the depth of single headings of a gold by their line (where the # level and the numbering disagree).
usage: set_depth.py GOLD.json LINE=DEPTH [LINE=DEPTH ...]"""
import json, sys
p = sys.argv[1]
m = dict(tuple(map(int, a.split('='))) for a in sys.argv[2:])
d = json.load(open(p, encoding='utf-8'))
for h in d['headings']:
    h['depth'] = m.get(h['line'], h['depth'])
open(p, 'w', encoding='utf-8').write(json.dumps(d, ensure_ascii=False, indent=0) + '\n')
