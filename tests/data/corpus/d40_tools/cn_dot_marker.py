#!/usr/bin/env python3
"""Markers written '一.' (a Chinese numeral with an ASCII or full-width dot), which make_md_doc.py does not split:
move the numeral and dot from the title to the marker. usage: cn_dot_marker.py GOLD.json ..."""
import json, re, sys
for p in sys.argv[1:]:
    d = json.load(open(p, encoding='utf-8'))
    for h in d['headings']:
        m = re.match(r'^([一二三四五六七八九十]+[.．])\s*(.*)$', h['title'])
        if not h['marker'] and m:
            h['marker'], h['title'] = m.group(1), m.group(2)
    json.dump(d, open(p, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
