#!/usr/bin/env python3
"""dev53: re-set the depths of a make_md_doc gold by nesting of the Markdown heading levels (a heading is one deeper
than the nearest preceding heading of a higher level), for sources whose levels skip (## then #####).
usage: nest_depth.py SRC.md GOLD.json   (headings matched in order to the source's heading lines outside code fences)"""
import json, re, sys
src, gp = sys.argv[1:3]
levels, fence = [], False
for line in open(src, encoding='utf-8-sig'):
    if line.lstrip().startswith('```'):
        fence = not fence; continue
    m = None if fence else re.match(r'(#{1,6})\s*\S', line)
    if m: levels.append(len(m.group(1)))
d = json.load(open(gp, encoding='utf-8'))
assert len(levels) == len(d['headings']), (len(levels), len(d['headings']))
stack = []
for h, lv in zip(d['headings'], levels):
    while stack and stack[-1] >= lv: stack.pop()
    stack.append(lv); h['depth'] = len(stack)
json.dump(d, open(gp, 'w', encoding='utf-8'), ensure_ascii=False, indent=0)
