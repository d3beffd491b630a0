"""Set each gold heading's depth to its nesting level in the Markdown source (a heading's depth = 1 + the number of
open headings of a higher level above it), for sources that skip levels (## then ####). Usage: nestdepth.py SRC GOLD LEVELS"""
import json, re, sys
src, gold, levels = sys.argv[1], sys.argv[2], [int(x) for x in sys.argv[3].split(',')]
lv, fenced = [], False
for line in open(src, encoding='utf-8').read().split('\n'):
    if line.strip().startswith('```'):
        fenced = not fenced; continue
    m = None if fenced else re.match(r'(#{1,6})\s*(\S.*?)\s*#*\s*$', line)
    if m and len(m.group(1)) in levels:
        lv.append(len(m.group(1)))
d = json.load(open(gold, encoding='utf-8'))
assert len(lv) == len(d['headings']), (len(lv), len(d['headings']))
stack = []
for h, l in zip(d['headings'], lv):
    while stack and stack[-1] >= l:
        stack.pop()
    stack.append(l)
    h['depth'] = len(stack)
json.dump(d, open(gold, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
