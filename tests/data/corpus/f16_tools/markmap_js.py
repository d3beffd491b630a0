#!/usr/bin/env python3
"""A markmap tree kept as a JS object literal (`var chapterN = {content, children, payload:{tag}}`) -> UTF-8 text,
one node a line in document (pre-order) order: the root h1 is line 1 (the document's title), every other node's
content on its own line (list items without a bullet, as html_blocks.py renders <li>). Prints the gold spec of the
source's own heading tags as JSON [[line, depth], ...]: h2 -> 1, h3 -> 2, h4 -> 3, h5 -> 4 (li nodes are not headings).
usage: markmap_js.py SRC.js OUT.txt"""
import json, sys
t = open(sys.argv[1], encoding='utf-8').read()
root = json.loads(t[t.index('{'):t.rindex('}') + 1])
assert root['payload']['tag'] == 'h1'
lines, spec = [root['content'].strip()], []
def walk(n):
    for k in n.get('children', []):
        for part in k['content'].split('\n'):
            if part.strip():
                lines.append(part.strip())
        tag = k.get('payload', {}).get('tag', '')
        if tag in ('h2', 'h3', 'h4', 'h5'):
            spec.append([len(lines), int(tag[1]) - 1])
        walk(k)
walk(root)
open(sys.argv[2], 'w', encoding='utf-8').write('\n'.join(lines) + '\n')
print(json.dumps(spec))
