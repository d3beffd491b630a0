#!/usr/bin/env python3
"""Set fields of the heading at a given line of a gold (e.g. a number that is no marker, an empty title).
usage: set_head.py GOLD.json LINE marker=... title=..."""
import json, sys
g, ln = sys.argv[1], int(sys.argv[2])
d = json.load(open(g, encoding='utf-8'))
for h in d['headings']:
    if h['line'] == ln:
        for kv in sys.argv[3:]:
            k, v = kv.split('=', 1); h[k] = v
open(g, 'w', encoding='utf-8').write(json.dumps(d, ensure_ascii=False, indent=1) + '\n')
