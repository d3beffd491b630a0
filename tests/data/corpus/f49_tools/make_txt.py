#!/usr/bin/env python3
"""Plain-text source -> corpus text: a title line, then the source text as it is (UTF-8 or GBK decoded, BOM and CR
removed); the source's first non-empty line is not repeated when it equals the title.
usage: make_txt.py SRC OUT "TITLE" [--enc gbk]"""
import sys
src, out, title = sys.argv[1], sys.argv[2], sys.argv[3]
enc = sys.argv[sys.argv.index('--enc') + 1] if '--enc' in sys.argv else 'utf-8-sig'
t = open(src, 'rb').read().decode(enc).replace('\r\n', '\n').replace('\r', '\n')
lines = t.split('\n')
while lines and not lines[0].strip(' \u3000\t'):
    lines.pop(0)
if lines and lines[0].strip(' \u3000\t') == title:
    lines.pop(0)
while lines and not lines[-1].strip():
    lines.pop()
open(out, 'w', encoding='utf-8').write('\n'.join([title] + lines) + '\n')
print(out, len(lines) + 1, 'lines')
