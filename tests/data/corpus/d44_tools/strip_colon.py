#!/usr/bin/env python3
"""strip_colon.py NAME: drop a trailing ：/: from every gold title (no gold title keeps a trailing colon)."""
import json, sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gold
p = os.path.join(gold.ROOT, 'gold', sys.argv[1] + '.json')
d = json.load(open(p, encoding='utf-8'))
for h in d['headings']:
    h['title'] = h['title'].rstrip('：: ')
json.dump(d, open(p, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
