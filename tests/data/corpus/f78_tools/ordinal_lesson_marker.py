#!/usr/bin/env python3
"""For a gold written by make_md_doc.py from headings "第N次课：TITLE" (lesson N of a syllabus), which its marker pattern
does not split: the marker becomes "第N次课" and the title the text after the colon; a trailing "：" of other titles is dropped.
usage: ordinal_lesson_marker.py GOLD.json"""
import json, re, sys
p = sys.argv[1]
d = json.load(open(p, encoding='utf-8'))
for h in d['headings']:
    m = re.match(r'(第\d+次课)：(.*)$', h['title'])
    if m:
        h['marker'], h['title'] = m.group(1), m.group(2).strip()
    else:
        h['title'] = h['title'].rstrip('：')
open(p, 'w', encoding='utf-8').write(json.dumps(d, ensure_ascii=False, indent=1) + '\n')
