#!/usr/bin/env python3
# make_md_doc.py reads a leading number followed by a space as a marker; a leading year ('2024 我们挑选出来的书籍')
# is part of the title, not numbering: put it back.  usage: fix_year_marker.py GOLD.json
import json, re, sys
p = sys.argv[1]
d = json.load(open(p, encoding='utf-8'))
for h in d['headings']:
    if re.fullmatch(r'(19|20)\d\d', h['marker']):
        h['title'] = h['marker'] + ' ' + h['title']
        h['marker'] = ''
json.dump(d, open(p, 'w', encoding='utf-8'), ensure_ascii=False, indent=0)
