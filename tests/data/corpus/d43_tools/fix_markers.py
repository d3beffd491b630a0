#!/usr/bin/env python3
"""Split markers the converters do not know out of gold titles: '二.' (a Chinese numeral with an ASCII full stop),
'(1).' and '（1）.' ; the heading line itself is unchanged.  usage: fix_markers.py gold/NAME.json"""
import json, re, sys
p = sys.argv[1]
d = json.load(open(p, encoding='utf-8'))
for h in d['headings']:
    if h['marker']:
        continue
    m = re.match(r'([一二三四五六七八九十]+\.|[（(]\d+[)）]\.?)\s*(.+)', h['title'])
    if m:
        h['marker'], h['title'] = m.group(1), m.group(2)
json.dump(d, open(p, 'w', encoding='utf-8'), ensure_ascii=False, indent=0)
open(p, 'a', encoding='utf-8').write('\n')
