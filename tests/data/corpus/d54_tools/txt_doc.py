#!/usr/bin/env python3
"""dev53: plain-text source -> corpus text: line 1 the title, then the source's lines as they are (encoding decoded,
BOM and CR dropped, trailing blanks of a line dropped); the source's first line is not repeated when it is the title.
usage: txt_doc.py SRC OUT TITLE [--encoding ENC]"""
import sys
src, out, title = sys.argv[1:4]
enc = sys.argv[sys.argv.index('--encoding') + 1] if '--encoding' in sys.argv else 'utf-8-sig'
lines = [l.rstrip() for l in open(src, encoding=enc).read().replace('\r\n', '\n').replace('\r', '\n').split('\n')]
if lines and lines[0].strip() == title:
    lines = lines[1:]
while lines and not lines[-1].strip():
    lines.pop()
open(out, 'w', encoding='utf-8').write('\n'.join([title] + lines) + '\n')
print(out, len(lines) + 1, 'lines')
