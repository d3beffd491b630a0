#!/usr/bin/env python3
"""For a gold written by make_md_doc.py from headings that open with a date ('20250707 - 应急通报周会'): make_md_doc's
marker pattern takes the bare date for a number marker; a date is not numbering, so the marker becomes '' and the
title the whole heading line. usage: unmark_dates.py GOLD.json"""
import json, re, sys
p = sys.argv[1]
d = json.load(open(p, encoding='utf-8'))
for h in d['headings']:
    if re.fullmatch(r'(19|20)\d{6}', h['marker']):
        h['title'] = h['marker'] + ' ' + h['title']
        h['marker'] = ''
open(p, 'w', encoding='utf-8').write(json.dumps(d, ensure_ascii=False, indent=0) + '\n')
