#!/usr/bin/env python3
"""d62_06: the first question's line ends with a stray '答:答:' (answer labels typed on the heading line): title is the
question without them; questions 5 and 6 are written '问:5.' / '问:6.': marker '问:N.'."""
import json, re
p = '/work/dev62/gold/d62_06_fangtan_ai_guangcai_wenyang.json'
d = json.load(open(p, encoding='utf-8'))
for h in d['headings']:
    if h['title'].endswith('答:答:'):
        h['title'] = h['title'][:-len('答:答:')]
    m = re.match(r'(问:\d+\.)(.*)', h['title'])
    if m:
        h['marker'], h['title'] = m.group(1), m.group(2)
json.dump(d, open(p, 'w', encoding='utf-8'), ensure_ascii=False, indent=0)
