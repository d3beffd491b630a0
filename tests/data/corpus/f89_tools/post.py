#!/usr/bin/env python3
"""Shared hand steps of rebuild.sh for set 89, each named there with its reason.
usage: post.py NAME colons       -- drop a trailing '：'/':' from every gold title (the corpus writes titles without it)
       post.py NAME shift N      -- add N to every gold depth (when plain section lines above the mark-up are added)
       post.py NAME plain REGEX DEPTH  -- add the lines matching REGEX as headings at DEPTH (marker/title as gold.py parses)"""
import json, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gold
R = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
name, op = sys.argv[1], sys.argv[2]
path = os.path.join(R, 'gold', name + '.json')
g = json.load(open(path, encoding='utf-8'))
if op == 'colons':
    for h in g['headings']:
        h['title'] = h['title'].rstrip('：:').rstrip()
elif op == 'shift':
    for h in g['headings']:
        h['depth'] += int(sys.argv[3])
elif op == 'plain':
    lines = open(os.path.join(R, 'docs', g['file']), encoding='utf-8').read().split('\n')
    have = {h['line'] for h in g['headings']}
    for n, line in enumerate(lines, 1):
        if n not in have and re.match(sys.argv[3], line.strip()):
            marker, title = gold.parse(line)
            g['headings'].append({'depth': int(sys.argv[4]), 'marker': marker, 'title': title, 'line': n})
    g['headings'].sort(key=lambda h: h['line'])
open(path, 'w', encoding='utf-8').write(json.dumps(g, ensure_ascii=False, indent=0) + '\n')
