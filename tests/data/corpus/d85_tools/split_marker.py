#!/usr/bin/env python3
"""For a gold written by make_md_doc.py: headings whose title opens with a numbering make_md_doc.py does not know
(hex '0X03', 'Part 1.', 'Q1') get that numbering as marker and the rest as title.
usage: split_marker.py GOLD.json REGEX   (REGEX matches the numbering at the start of the title)"""
import json, re, sys
g, rx = sys.argv[1], sys.argv[2]
d = json.load(open(g, encoding='utf-8'))
for h in d['headings']:
    m = re.match(r'^(' + rx + r')\s*(.*)$', h['title'])
    if m and not h['marker']:
        h['marker'], h['title'] = m.group(1), m.group(2)
open(g, 'w', encoding='utf-8').write(json.dumps(d, ensure_ascii=False, indent=0) + '\n')
