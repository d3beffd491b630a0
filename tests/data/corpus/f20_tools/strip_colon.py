#!/usr/bin/env python3
"""Drop a trailing colon (：/:) from every gold heading title (brief: 'no trailing colon'). usage: strip_colon.py GOLD.json"""
import json, sys
p = sys.argv[1]
d = json.load(open(p, encoding='utf-8'))
for h in d['headings']:
    h['title'] = h['title'].rstrip('：:').strip()
json.dump(d, open(p, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
