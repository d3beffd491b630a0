#!/usr/bin/env python3
"""Add headings to a gold: every line of the converted text that matches REGEX (after stripping spaces) becomes a
heading at DEPTH, titled with the whole line (cut at the first 。 only if the line is longer than the question),
marker ''. Headings stay sorted by line. usage: add_regex.py NAME REGEX DEPTH"""
import json, re, sys
name, rx, depth = sys.argv[1], re.compile(sys.argv[2]), int(sys.argv[3])
root = '/work/dev19'
g = f'{root}/gold/{name}.json'
d = json.load(open(g, encoding='utf-8'))
L = open(f'{root}/docs/{name}.txt', encoding='utf-8').read().split('\n')
have = {h['line'] for h in d['headings']}
for i, l in enumerate(L, 1):
    s = l.strip(' \u3000\t')
    if i not in have and rx.search(s):
        d['headings'].append({'depth': depth, 'marker': '', 'title': s, 'line': i})
d['headings'].sort(key=lambda h: h['line'])
d['fresh'] = False
json.dump(d, open(g, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
