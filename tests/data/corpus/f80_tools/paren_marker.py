#!/usr/bin/env python3
"""For a gold written by make_md_doc.py from headings numbered '1)' / 'a)' (a half-width closing parenthesis, which
make_md_doc's marker pattern does not split): move that number into the marker ('1)', title the rest), and drop a
title's trailing colon ('：'/':') as gold.py does for run-in titles. usage: paren_marker.py GOLD.json"""
import json, re, sys
p = sys.argv[1]
d = json.load(open(p, encoding='utf-8'))
for h in d['headings']:
    m = re.match(r'([0-9]+\)|[a-z]\))\s*(.*)$', h['title'])
    if h['marker'] == '' and m:
        h['marker'], h['title'] = m.group(1), m.group(2)
    h['title'] = h['title'].rstrip('：: ')
open(p, 'w', encoding='utf-8').write(json.dumps(d, ensure_ascii=False, indent=0) + '\n')
