#!/usr/bin/env python3
"""Print a converted document with its line numbers, the gold headings marked '>> depth marker|title' (the gold only,
never the reader's outline). usage: show.py NAME [FROM TO]"""
import json, os, sys
R = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
name = sys.argv[1]
g = json.load(open(os.path.join(R, 'gold', name + '.json'), encoding='utf-8'))
L = open(os.path.join(R, 'docs', g['file']), encoding='utf-8').read().split('\n')
a, b = (int(sys.argv[2]), int(sys.argv[3])) if len(sys.argv) > 3 else (1, len(L))
hs = {h['line']: h for h in g['headings']}
for i in range(a, min(b, len(L)) + 1):
    h = hs.get(i)
    mark = f">> {h['depth']} {h['marker']}|{h['title']}" if h else ''
    print(f"{i:4d} {L[i-1][:90]}  {mark}")
