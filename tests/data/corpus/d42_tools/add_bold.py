#!/usr/bin/env python3
"""Add stand-alone bold lines of a Markdown source (converted by make_md_doc.py, so the `**` are gone) to a gold:
each [text, depth] is looked up, in the order given, as a whole line of the converted text after the line of the
previous one; marker '', title the text without a trailing colon. usage: add_bold.py GOLD.json DOC.txt JSON"""
import json, sys
g, doc, spec = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
d = json.load(open(g, encoding='utf-8'))
L = open(doc, encoding='utf-8').read().split('\n')
pos = 0
for text, depth in spec:
    while L[pos].strip() != text:
        pos += 1
    d['headings'].append({'depth': depth, 'marker': '', 'title': text.rstrip(':：'), 'line': pos + 1})
    pos += 1
d['headings'].sort(key=lambda h: h['line'])
json.dump(d, open(g, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
