#!/usr/bin/env python3
"""Tidy gold titles written by make_md_doc.py: a run-in title is cut at the first 。, and no title keeps a
trailing colon (：/:) or full stop. usage: fix_titles.py GOLD.json ..."""
import json, sys
for p in sys.argv[1:]:
    d = json.load(open(p, encoding='utf-8'))
    for h in d['headings']:
        t = h['title']
        if '。' in t[:-1]:
            t = t[:t.index('。')]
        h['title'] = t.rstrip('：:。 \u3000')
    json.dump(d, open(p, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
