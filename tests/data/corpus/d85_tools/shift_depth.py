#!/usr/bin/env python3
"""Shift the depth of gold headings in a line range by DELTA (for a source that skips a Markdown level, e.g. '##'
followed directly by '####': the skipped level is not a level of the author's outline).
usage: shift_depth.py GOLD.json FIRST_LINE LAST_LINE DELTA"""
import json, sys
g, a, b, delta = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
d = json.load(open(g, encoding='utf-8'))
for h in d['headings']:
    if a <= h['line'] <= b:
        h['depth'] += delta
open(g, 'w', encoding='utf-8').write(json.dumps(d, ensure_ascii=False, indent=0) + '\n')
