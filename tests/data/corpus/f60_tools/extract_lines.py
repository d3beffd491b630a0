#!/usr/bin/env python3
"""Plain-text source -> corpus text: TITLE as line 1, then the source's lines as they are (decoded with ENC,
CRLF -> LF). The source's first line is dropped when, spaces removed, it equals the title spaces removed.
usage: extract_lines.py SRC OUT "TITLE" [ENC]"""
import sys
src, out, title = sys.argv[1:4]
enc = sys.argv[4] if len(sys.argv) > 4 else 'utf-8'
t = open(src, 'rb').read().decode(enc).replace('\r\n', '\n').replace('\r', '\n')
if t.startswith('\ufeff'): t = t[1:]
L = t.split('\n')
if L and ''.join(L[0].split()) == ''.join(title.split()):
    L = L[1:]
while L and L[-1].strip() == '': L.pop()
open(out, 'w', encoding='utf-8').write('\n'.join([title] + L) + '\n')
print(out, len(L) + 1, 'lines')
