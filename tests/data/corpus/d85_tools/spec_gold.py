#!/usr/bin/env python3
"""Gold from an explicit list of heading lines (decided by reading the source), written with gold.write;
the title is line 1 of the converted text (stripped). Marker and title are read from each line by gold.parse;
LINE:DEPTH:MARKER overrides the marker (the title is then the rest of the line after it, leading '、' and spaces
dropped), for numberings gold.parse splits wrongly (e.g. '5.1、年度研究计划').
usage: spec_gold.py DOC_NAME.txt LINE:DEPTH[:MARKER] [...]"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gold
name = sys.argv[1]
L = open(os.path.join(gold.ROOT, 'docs', name), encoding='utf-8').read().split('\n')
title = L[0].strip()
spec = []
for x in sys.argv[2:]:
    parts = x.split(':', 2)
    ln, d = int(parts[0]), int(parts[1])
    if len(parts) == 3:
        s = L[ln - 1].strip(' \u3000\t')
        assert s.startswith(parts[2]), (ln, s)
        spec.append([ln, d, s[len(parts[2]):].lstrip('、 \u3000').rstrip('：: \u3000'), parts[2]])
    else:
        spec.append([ln, d])
gold.write(name, title, spec)
