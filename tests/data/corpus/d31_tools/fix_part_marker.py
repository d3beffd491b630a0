#!/usr/bin/env python3
# 'Part1汲取能力' -> marker 'Part1', title '汲取能力' (the part number as written is the marker).  usage: fix_part_marker.py GOLD.json
import json, re, sys
p = sys.argv[1]
d = json.load(open(p, encoding='utf-8'))
for h in d['headings']:
    m = re.fullmatch(r'(Part\s*\d+)\s*(.+)', h['title'])
    if not h['marker'] and m:
        h['marker'], h['title'] = m.group(1), m.group(2)
json.dump(d, open(p, 'w', encoding='utf-8'), ensure_ascii=False, indent=0)
