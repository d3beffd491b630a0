#!/usr/bin/env python3
"""Post-process a gold file written by make_md_doc.py (dev set 56).
usage: fix_md_gold.py NAME [--add LINE:DEPTH ...]
- labels numbered with a counter word (第一步, 第一关, 坑 1) become the marker, the rest after the colon the title;
- --add appends headings the Markdown marks only by bold stand-alone lines (title = the line's text, marker '');
- headings are kept in line order."""
import json, re, sys
name = sys.argv[1]
p = f'/work/dev56/gold/{name}.json'
d = json.load(open(p, encoding='utf-8'))
L = open(f'/work/dev56/docs/{name}.txt', encoding='utf-8').read().split('\n')
for h in d['headings']:
    m = re.fullmatch(r'(第[一二三四五六七八九十]+[步关]|坑 ?\d+)\s*[：:]\s*(.*)', h['title'])
    if m and not h['marker']:
        h['marker'], h['title'] = m.group(1), m.group(2)
args = sys.argv[2:]
if args and args[0] == '--add':
    for a in args[1:]:
        ln, depth = map(int, a.split(':'))
        d['headings'].append({'depth': depth, 'marker': '', 'title': L[ln - 1].strip().rstrip('：:'), 'line': ln})
d['headings'].sort(key=lambda h: h['line'])
json.dump(d, open(p, 'w', encoding='utf-8'), ensure_ascii=False, indent=0)
