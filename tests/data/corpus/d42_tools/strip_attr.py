#!/usr/bin/env python3
"""Drop Markdown attribute lists ('{#anchor .class}') and an optional-section mark ('\\*') from gold titles written by
make_md_doc.py (the converted text keeps them as written; they are mark-up, not title). usage: strip_attr.py GOLD.json"""
import json, re, sys
for p in sys.argv[1:]:
    d = json.load(open(p, encoding='utf-8'))
    for h in d['headings']:
        t = re.sub(r'\s*\{[#.][^}]*\}\s*$', '', h['title'])
        h['title'] = re.sub(r'\s*\\\*$', '', t).strip()
    json.dump(d, open(p, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
