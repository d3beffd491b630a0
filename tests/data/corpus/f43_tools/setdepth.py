#!/usr/bin/env python3
"""Set the depth of given gold headings by line: setdepth.py GOLD.json LINE=DEPTH ..."""
import sys, json
p = sys.argv[1]
d = json.load(open(p, encoding='utf-8'))
want = {int(a.split('=')[0]): int(a.split('=')[1]) for a in sys.argv[2:]}
for h in d['headings']:
    if h['line'] in want:
        h['depth'] = want.pop(h['line'])
assert not want, want
json.dump(d, open(p, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
