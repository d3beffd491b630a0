#!/usr/bin/env python3
"""f40_05: markers the converter does not split: '一.'/'三.' (CJK numeral + full stop) and '(1)' (ASCII parentheses); trailing colons dropped."""
import json, re
p = '/work/fresh40/gold/f40_05_yanjiu_baogao_caipan_wenshu_fenxi.json'
d = json.load(open(p, encoding='utf-8'))
for h in d['headings']:
    if h['marker']:
        continue
    m = re.match(r'([一二三四五六七八九十]+\.|\(\d+\))\s*(.*)', h['title'])
    if m:
        h['marker'], h['title'] = m.group(1), m.group(2)
for h in d['headings']:
    h['title'] = h['title'].rstrip('：:')  # no trailing colon in a gold title
json.dump(d, open(p, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
