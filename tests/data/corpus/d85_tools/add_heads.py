#!/usr/bin/env python3
"""Add headings to a gold written by make_md_doc.py: stand-alone title lines the Markdown does not mark up as
headings (label lines, bold lines). Marker and title are read from the line by gold.parse (trailing ：/:/。 dropped).
usage: add_heads.py GOLD.json LINE:DEPTH [LINE:DEPTH ...]"""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import parse, ROOT
g = sys.argv[1]
d = json.load(open(g, encoding='utf-8'))
L = open(os.path.join(ROOT, 'docs', d['file']), encoding='utf-8').read().split('\n')
for spec in sys.argv[2:]:
    ln, depth = (int(x) for x in spec.split(':'))
    marker, title = parse(L[ln - 1])
    d['headings'].append({'depth': depth, 'marker': marker, 'title': title, 'line': ln})
d['headings'].sort(key=lambda h: h['line'])
open(g, 'w', encoding='utf-8').write(json.dumps(d, ensure_ascii=False, indent=0) + '\n')
