#!/usr/bin/env python3
"""make_md_doc.py reads a heading that opens with a date (2023.12.21 …, 2022.1 月小聚…) as a decimal number marker.
A date is not numbering: such headings get marker '' and the whole heading line (trailing colon dropped) as title.
usage: date_markers.py GOLD.json"""
import json, os, re, sys
g = sys.argv[1]
d = json.load(open(g, encoding='utf-8'))
L = open(os.path.join('/work/dev75/docs', d['file']), encoding='utf-8').read().split('\n')
for h in d['headings']:
    if re.fullmatch(r'(19|20)\d\d\.\d{1,2}(\.\d{1,2})?\.?', h['marker']):
        h['marker'] = ''
        h['title'] = L[h['line'] - 1].strip().rstrip('：:。 \u3000').strip()
open(g, 'w', encoding='utf-8').write(json.dumps(d, ensure_ascii=False, indent=0) + '\n')
