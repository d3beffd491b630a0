#!/usr/bin/env python3
"""Post-fix a gold file written by make_md_doc.py: split capital-numeral markers (壹、 貳、 參、 ...) and
'第X條' labels the converter's regex does not know. usage: fix_marker.py GOLD.json"""
import json, re, sys
p = sys.argv[1]
d = json.load(open(p, encoding='utf-8'))
for h in d['headings']:
    if h['marker']:
        continue
    m = re.match(r'([壹貳貮參叁肆伍陸柒捌玖拾]+、)\s*(.*)', h['title'])
    if m:
        h['marker'], h['title'] = m.group(1), m.group(2)
for h in d['headings']:
    h['title'] = h['title'].rstrip('。：:')
json.dump(d, open(p, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
