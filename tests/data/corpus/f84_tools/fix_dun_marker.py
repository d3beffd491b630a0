#!/usr/bin/env python3
"""For a gold written by make_md_doc.py from headings numbered '1.4.1、SDK 标准界面模式' (a decimal number followed by
、, which make_md_doc's marker pattern leaves at the start of the title): move the 、 into the marker ('1.4.1、') and
drop a trailing ；;：: from the title (step headings written as sentences ending in ';').
usage: fix_dun_marker.py GOLD.json"""
import json, sys
p = sys.argv[1]
d = json.load(open(p, encoding='utf-8'))
for h in d['headings']:
    if h['marker'] and h['title'].startswith('、'):
        h['marker'] += '、'
        h['title'] = h['title'][1:].lstrip()
    h['title'] = h['title'].rstrip(';；:：')
open(p, 'w', encoding='utf-8').write(json.dumps(d, ensure_ascii=False, indent=1) + '\n')
