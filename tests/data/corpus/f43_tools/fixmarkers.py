#!/usr/bin/env python3
"""Post-fix a make_md_doc.py gold: markers the converter does not know ('一.', '(1)', '(1).'),
a stray leading '.' left where a number was dropped, and a trailing '。' of a heading line.
usage: fixmarkers.py GOLD.json"""
import sys, json, re
p = sys.argv[1]
d = json.load(open(p, encoding='utf-8'))
for h in d['headings']:
    t = h['title']
    if not h['marker']:
        m = re.match(r'([一二三四五六七八九十]+\.|\(\d+\)\.?)\s*(.*)', t)
        if m:
            h['marker'], t = m.group(1), m.group(2)
        elif t.startswith('.'):
            t = t[1:]
    h['title'] = t.rstrip('。').strip()
json.dump(d, open(p, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
