#!/usr/bin/env python3
"""For a gold written by make_md_doc.py whose headings are numbered '１）星空联盟' / '1)' (a number with a closing
parenthesis only, half- or full-width digits), which make_md_doc's marker pattern does not split: move the number and
its parenthesis into the marker ('１）', title '星空联盟').
usage: paren_marker.py GOLD.json"""
import json, re, sys
p = sys.argv[1]
d = json.load(open(p, encoding='utf-8'))
for h in d['headings']:
    m = re.match(r'^(\d+[）)])\s*(.+)$', h['title'])
    if not h['marker'] and m:
        h['marker'], h['title'] = m.group(1), m.group(2)
open(p, 'w', encoding='utf-8').write(json.dumps(d, ensure_ascii=False, indent=0) + '\n')
