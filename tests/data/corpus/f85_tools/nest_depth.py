#!/usr/bin/env python3
"""Re-derive the depths of a gold written by make_md_doc.py (depth = rank of the # level) from the nesting of the
levels themselves: a heading's depth is 1 + the number of open headings above it with a smaller level, so a ####
directly under a ## (no ### between) becomes depth 3 there, while elsewhere the same level keeps its rank.
usage: nest_depth.py GOLD.json"""
import json, sys
p = sys.argv[1]
d = json.load(open(p, encoding='utf-8'))
stack = []
for h in d['headings']:
    lv = h['depth']
    while stack and stack[-1] >= lv:
        stack.pop()
    h['depth'] = len(stack) + 1
    stack.append(lv)
open(p, 'w', encoding='utf-8').write(json.dumps(d, ensure_ascii=False, indent=0) + '\n')
