#!/usr/bin/env python3
"""Plain-text source -> document: a title line, then the source's lines as they are (decoded from ENC, CR dropped).
usage: txt_doc.py SRC ENC OUT.txt "TITLE" [START [END]]   (1-based inclusive source lines; default all)
Prints the offset: doc line = source line + offset."""
import sys
src, enc, out, title = sys.argv[1:5]
L = open(src, 'rb').read().decode(enc).replace('\r\n', '\n').replace('\r', '\n').lstrip('\ufeff').split('\n')
a = int(sys.argv[5]) if len(sys.argv) > 5 else 1
b = int(sys.argv[6]) if len(sys.argv) > 6 else len(L)
seg = L[a - 1:b]
while seg and not seg[-1].strip(' \u3000\t'):
    seg.pop()
open(out, 'w', encoding='utf-8').write('\n'.join([title] + seg) + '\n')
print(2 - a)
