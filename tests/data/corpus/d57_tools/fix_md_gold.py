#!/usr/bin/env python3
"""Post-process a gold file written by make_md_doc.py (dev set 57).
usage: fix_md_gold.py NAME [--add LINE:DEPTH ...]
- a heading numbered '1）' or '1.' that make_md_doc.py left unsplit gets that numbering as its marker;
- --add appends the headings the Markdown marks only by bold stand-alone lines (text of the converted line,
  trailing colon dropped, numbering split off as the marker);
- headings are kept in line order."""
import json, re, sys
name = sys.argv[1]
p = f'/work/dev57/gold/{name}.json'
d = json.load(open(p, encoding='utf-8'))
L = open(f'/work/dev57/docs/{name}.txt', encoding='utf-8').read().split('\n')
NUM = re.compile(r'(\d+）|\d+\.(?!\d))\s*(.*)')
def split(t):
    m = NUM.fullmatch(t)
    return (m.group(1), m.group(2)) if m else ('', t)
for h in d['headings']:
    if not h['marker']:
        h['marker'], h['title'] = split(h['title'])
args = sys.argv[2:]
if args and args[0] == '--add':
    for a in args[1:]:
        ln, depth = map(int, a.split(':'))
        marker, title = split(L[ln - 1].strip().rstrip('：:'))
        d['headings'].append({'depth': depth, 'marker': marker, 'title': title, 'line': ln})
d['headings'].sort(key=lambda h: h['line'])
json.dump(d, open(p, 'w', encoding='utf-8'), ensure_ascii=False, indent=0)
for h in d['headings']:
    print(h['line'], h['depth'], repr(h['marker']), h['title'], '|', L[h['line'] - 1][:30])
