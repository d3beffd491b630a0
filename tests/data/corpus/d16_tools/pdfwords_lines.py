#!/usr/bin/env python3
"""PDF text boxes (pdf2json-style JSON: a list of pages, each {'words': [{xMin,xMax,yMin,yMax,text}]}) -> UTF-8 text,
one PDF line a line, as a PDF text extract gives it: pages in order, boxes whose yMin differ by less than 3 pt are one
line (joined left to right, a space between boxes), empty lines skipped, running headers and page numbers kept.
usage: pdfwords_lines.py SRC.json OUT.txt "TITLE"   (TITLE is written as line 1)"""
import json, sys
src, out, title = sys.argv[1], sys.argv[2], sys.argv[3]
pages = json.load(open(src, encoding='utf-8'))
lines = [title]
for p in pages:
    ws = sorted(p['words'], key=lambda w: (w['yMin'], w['xMin']))
    cur, y0 = [], None
    rows = []
    for w in ws:
        if y0 is not None and abs(w['yMin'] - y0) >= 3:
            rows.append(cur); cur = []
        if not cur: y0 = w['yMin']
        cur.append(w)
    if cur: rows.append(cur)
    for r in rows:
        t = ' '.join(w['text'].strip() for w in sorted(r, key=lambda w: w['xMin']) if w['text'].strip())
        if t.strip(' \u3000'):
            lines.append(t.rstrip())
open(out, 'w', encoding='utf-8').write('\n'.join(lines) + '\n')
print(out, len(lines), 'lines')
