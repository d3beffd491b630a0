#!/usr/bin/env python3
"""Drop a trailing colon/full stop (：:。) and surrounding spaces from every gold title written by make_md_doc.py
(the corpus convention: no gold title keeps a trailing colon). usage: fix_titles.py GOLD.json ..."""
import json, sys
for g in sys.argv[1:]:
    d = json.load(open(g, encoding='utf-8'))
    for h in d['headings']:
        h['title'] = h['title'].strip().rstrip('：:。 \u3000').strip()
    open(g, 'w', encoding='utf-8').write(json.dumps(d, ensure_ascii=False, indent=0) + '\n')
