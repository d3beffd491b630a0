#!/usr/bin/env python3
"""For a gold written by make_md_doc.py whose headings are numbered '(1). JDK：' (a number in ASCII parentheses,
optionally followed by '.', which make_md_doc's marker pattern does not split): move '(1).' into the marker
(title 'JDK：'). usage: ascii_paren_marker.py GOLD.json"""
import json, re, sys
p = sys.argv[1]
d = json.load(open(p, encoding='utf-8'))
for h in d['headings']:
    m = re.match(r'^(\(\d+\)\.?)\s*(.+)$', h['title'])
    if not h['marker'] and m:
        h['marker'], h['title'] = m.group(1), m.group(2)
open(p, 'w', encoding='utf-8').write(json.dumps(d, ensure_ascii=False, indent=0) + '\n')
