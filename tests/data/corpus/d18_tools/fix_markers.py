#!/usr/bin/env python3
"""Split a leading '一.'-style marker (Chinese numeral + ASCII full stop, which make_md_doc.py does not know) off a
heading's title in the given gold files."""
import json, re, sys
for p in sys.argv[1:]:
    d = json.load(open(p, encoding='utf-8'))
    for h in d['headings']:
        m = re.match(r'([一二三四五六七八九十]+\.) (.*)', h['title'])
        if m:
            h['marker'], h['title'] = m.group(1), m.group(2)
    json.dump(d, open(p, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
