#!/usr/bin/env python3
"""A regulation .txt with YAML front matter (as kept by the NTPU student-union regulation sites, whose page shows the
front matter's full title above the text) -> UTF-8 text: line 1 = the title (titleFull, else title), then the text
after the closing '---' as it is (empty lines dropped, trailing spaces stripped, full-width indents kept).
usage: frontmatter_txt.py SRC.txt OUT.txt"""
import sys
L = open(sys.argv[1], encoding='utf-8').read().replace('\r\n', '\n').split('\n')
assert L[0].strip() == '---'
end = L.index('---', 1)
meta = {}
for l in L[1:end]:
    if ':' in l and not l.startswith((' ', '-')):
        k, v = l.split(':', 1); meta[k.strip()] = v.strip().strip('\'"')
title = meta.get('titleFull') or meta['title']
body = [l.rstrip() for l in L[end + 1:] if l.strip(' \u3000\t')]
open(sys.argv[2], 'w', encoding='utf-8').write('\n'.join([title] + body) + '\n')
print(sys.argv[2], len(body) + 1, 'lines')
