#!/usr/bin/env python3
"""Add headings to an existing gold file: every line of the text matching REGEX becomes a heading at DEPTH,
marker '' and title = the whole line (stripped); the headings are re-sorted by line.
usage: add_lines.py NAME REGEX DEPTH [--strip-end]   (--strip-end: drop a trailing 。/：/: from the title)"""
import json, re, sys
name, rx, depth = sys.argv[1], sys.argv[2], int(sys.argv[3])
strip = '--strip-end' in sys.argv
R = '/work/fresh17'
g = f'{R}/gold/{name}.json'
d = json.load(open(g, encoding='utf-8'))
lines = open(f'{R}/docs/{name}.txt', encoding='utf-8').read().split('\n')
for i, l in enumerate(lines, 1):
    if re.search(rx, l):
        title = l.strip()
        if strip:
            title = title.rstrip('。：:')
        d['headings'].append({'depth': depth, 'marker': '', 'title': title, 'line': i})
d['headings'].sort(key=lambda h: h['line'])
json.dump(d, open(g, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(name, len(d['headings']), 'headings')
