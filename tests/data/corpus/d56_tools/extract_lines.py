#!/usr/bin/env python3
"""Plain-text source -> document: a title line, then source lines START..END (1-based, inclusive) copied as they
are (CR dropped, trailing spaces kept). If the first copied line is the title itself, it is not repeated.
usage: extract_lines.py SRC START END OUT.txt "TITLE"   (prints the offset: doc line = source line + offset)"""
import sys
src, a, b, out, title = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4], sys.argv[5]
L = open(src, encoding='utf-8').read().replace('\r', '').split('\n')
seg = L[a - 1:b]
off = 2 - a
if seg and seg[0].strip(' \u3000') == title:
    seg = seg[1:]
    off = 1 - a
while seg and not seg[-1].strip(' \u3000'):
    seg.pop()
open(out, 'w', encoding='utf-8').write('\n'.join([title] + seg) + '\n')
print(off)
