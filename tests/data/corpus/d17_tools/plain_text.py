#!/usr/bin/env python3
"""A plain-text page (here: a PDF's text as extracted into a .md file that carries no Markdown mark-up) -> UTF-8 text:
TITLE as line 1, a blank line, then the source's lines as they are (a form feed (page break) becomes a line break,
trailing spaces dropped, runs of blank lines
collapsed to one, leading and trailing blank lines dropped). usage: plain_text.py SRC OUT "TITLE" """
import sys
src, out, title = sys.argv[1], sys.argv[2], sys.argv[3]
L = [l.rstrip() for l in open(src, encoding='utf-8-sig').read().replace('\r\n', '\n').replace('\f', '\n').split('\n')]
body = []
for l in L:
    if not l.strip() and (not body or not body[-1].strip()):
        continue
    body.append(l)
while body and not body[-1].strip():
    body.pop()
open(out, 'w', encoding='utf-8').write('\n'.join([title, ''] + body) + '\n')
print(out, len(body) + 2, 'lines')
