#!/usr/bin/env python3
"""Give a make_md_doc.py gold its nesting depths (fresh set 59): the Markdown heading levels are re-read from the
source (outside code fences, the opening title heading left out, only the levels in LEVELS), and each heading's depth
is the number of kept headings above it that are still open (a lower level), plus one. Needed when a level-1
heading appears mid-document after level-2 headings (an '## x' before the first '# y' is depth 1, not 2).
usage: md_nest_depth.py SRC.md GOLD.json LEVELS(e.g. 1,2,3,4)"""
import json, re, sys
src, gp, levels = sys.argv[1], sys.argv[2], {int(x) for x in sys.argv[3].split(',')}
fenced, lv, first = False, [], True
for line in open(src, encoding='utf-8-sig').read().replace('\r\n', '\n').split('\n'):
    if line.strip().startswith('```'):
        fenced = not fenced
        continue
    if fenced:
        continue
    m = re.match(r'\s*(#{1,6})\s*(.*?)\s*#*\s*$', line) if line.lstrip().startswith('#') else None
    if m and m.group(2).strip():
        if first:           # the page's own title heading
            first = False
            continue
        if len(m.group(1)) in levels:
            lv.append(len(m.group(1)))
    elif line.strip():
        first = False
d = json.load(open(gp, encoding='utf-8'))
assert len(lv) == len(d['headings']), (len(lv), len(d['headings']))
stack = []
for h, l in zip(d['headings'], lv):
    while stack and stack[-1] >= l:
        stack.pop()
    stack.append(l)
    h['depth'] = len(stack)
json.dump(d, open(gp, 'w', encoding='utf-8'), ensure_ascii=False, indent=0)
open(gp, 'a', encoding='utf-8').write('\n')
