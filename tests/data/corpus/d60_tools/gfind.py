#!/usr/bin/env python3
"""Gold from a list of heading lines found in order in the converted text (no reader code).
Each item: [PREFIX, DEPTH] or [PREFIX, DEPTH, TITLE or null, MARKER]; PREFIX ('=TEXT': the whole line) must equal the start of the
line's text (spaces/full-width spaces stripped); the search for each item starts after the previous hit.
Marker and title then come from gold.parse (run-in titles cut at the first 。, trailing colon dropped).
'@PREFIX' (or '@=TEXT') only moves the search past that line.
usage: gfind.py DOC.txt TITLE 'JSON'"""
import sys, json, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gold
doc, title, items = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
L = open(os.path.join(gold.ROOT, 'docs', doc), encoding='utf-8').read().split('\n')
spec, pos = [], 1   # line 1 is the title, never a heading
for it in items:
    pre = it[0]
    skip = pre.startswith('@')      # '@TEXT': move past that line, no heading (e.g. a contents page)
    if skip: pre = pre[1:]
    exact = pre.startswith('=')
    if exact: pre = pre[1:]
    while not (L[pos].strip(' \u3000\t') == pre if exact else L[pos].strip(' \u3000\t').startswith(pre)):
        pos += 1
        if pos >= len(L):
            sys.exit('not found: %r' % pre)
    if not skip:
        spec.append([pos + 1] + list(it[1:]))
    pos += 1
gold.write(doc, title, spec)
