#!/usr/bin/env python3
"""Concatenate Hugo book pages in menu order: the first page as it is, each further page with its front matter
replaced by a '# <front-matter title>' line (the page title the site shows as its h1).
usage: hugo_concat.py OUT FIRST.md NEXT.md ..."""
import sys, re
out, first, rest = sys.argv[1], sys.argv[2], sys.argv[3:]
parts = [open(first, encoding='utf-8').read().rstrip('\n') + '\n']
for p in rest:
    t = open(p, encoding='utf-8').read()
    m = re.match(r'---\n(.*?)\n---\n', t, re.S)
    title = re.search(r'^title:\s*(.*)$', m.group(1), re.M).group(1).strip().strip('\'"')
    parts.append('# ' + title + '\n' + t[m.end():].rstrip('\n') + '\n')
open(out, 'w', encoding='utf-8').write('\n\n'.join(parts))
