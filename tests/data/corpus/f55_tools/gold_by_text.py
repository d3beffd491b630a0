#!/usr/bin/env python3
"""Gold from heading texts: each spec item [exact line text, depth(, title override(, marker override))] is found as
the next line (after the previous match) whose stripped text equals it; then gold.write is called with line numbers.
usage: gold_by_text.py TXTNAME TITLE JSONSPEC"""
import json, sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gold
txt, title, spec = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
lines = open(os.path.join(gold.ROOT, 'docs', txt), encoding='utf-8').read().split('\n')
out, pos = [], 0
for it in spec:
    for i in range(pos, len(lines)):
        if lines[i].strip(' \u3000\t') == it[0]:
            out.append([i + 1, it[1]] + list(it[2:]))
            pos = i + 1
            break
    else:
        sys.exit('not found: %r' % it[0])
gold.write(txt, title, out)
