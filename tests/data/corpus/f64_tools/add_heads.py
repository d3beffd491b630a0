#!/usr/bin/env python3
"""Add headings to a gold that make_md_doc.py wrote: extra [line, depth[, title[, marker]]] entries (unmarked title
lines set by hand), marker and title read from the text line as gold.py does; the list is kept in line order.
usage: add_heads.py NAME.txt 'JSON list'"""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gold
txt, extra = sys.argv[1], json.loads(sys.argv[2])
gp = os.path.join(gold.ROOT, 'gold', txt[:-4] + '.json')
d = json.load(open(gp, encoding='utf-8'))
spec = [[h['line'], h['depth'], h['title'], h['marker']] for h in d['headings']] + extra
spec.sort(key=lambda it: it[0])
gold.write(txt, d['title'], spec, split=d.get('split', 'heldout'))
