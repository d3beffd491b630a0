#!/usr/bin/env python3
"""For a gold written by make_md_doc.py from headings numbered '1引言' (a bare number run into the title, which
make_md_doc's marker pattern does not split): move the leading number into the marker ('1', title '引言').
usage: lead_num_marker.py GOLD.json"""
import json, re, sys
p = sys.argv[1]
d = json.load(open(p, encoding='utf-8'))
for h in d['headings']:
    m = re.match(r'(\d+)(\D.*)$', h['title'])
    if h['marker'] == '' and m:
        h['marker'], h['title'] = m.group(1), m.group(2)
open(p, 'w', encoding='utf-8').write(json.dumps(d, ensure_ascii=False, indent=0) + '\n')
