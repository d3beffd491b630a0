#!/usr/bin/env python3
"""f40_03: circled-number markers (①–⑥) split off the ## titles; '### 5.1.1' nested under 5.1 by its number (depth 3)."""
import json, re
p = '/work/fresh40/gold/f40_03_yanjianggao_juicefs_duoyun_cunchu.json'
d = json.load(open(p, encoding='utf-8'))
for h in d['headings']:
    m = re.match(r'([①-⑳])\s*(.*)', h['title'])
    if m and not h['marker']:
        h['marker'], h['title'] = m.group(1), m.group(2)
    if h['marker'] == '5.1.1':
        h['depth'] = 3
json.dump(d, open(p, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
