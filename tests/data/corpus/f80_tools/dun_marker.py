#!/usr/bin/env python3
"""For a gold written by make_md_doc.py from headings numbered '1.1、异常现象' (a decimal number closed by 、, which
make_md_doc's marker pattern splits before the 、): the 、 belongs to the number as written, so it moves into the
marker ('1.1、', title '异常现象'). usage: dun_marker.py GOLD.json"""
import json, sys
p = sys.argv[1]
d = json.load(open(p, encoding='utf-8'))
for h in d['headings']:
    if h['marker'] and h['title'].startswith('、'):
        h['marker'] += '、'
        h['title'] = h['title'][1:].lstrip()
open(p, 'w', encoding='utf-8').write(json.dumps(d, ensure_ascii=False, indent=0) + '\n')
