#!/usr/bin/env python3
# Split a two-digit number written straight before an unnumbered title ('02最里程碑式的…') off as the marker,
# as make_md_doc.py already does for '01 最国际范儿…' (number followed by a space).  usage: fix_num_prefix.py GOLD.json
import json, re, sys
p = sys.argv[1]
d = json.load(open(p, encoding='utf-8'))
for h in d['headings']:
    m = re.fullmatch(r'(\d{2})(\S.*)', h['title'])
    if not h['marker'] and m:
        h['marker'], h['title'] = m.group(1), m.group(2)
json.dump(d, open(p, 'w', encoding='utf-8'), ensure_ascii=False, indent=0)
