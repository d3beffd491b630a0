#!/usr/bin/env python3
"""Plain-text source -> corpus text: line 1 = the given title, then the source's lines as they are
(UTF-8, or GBK/GB18030 decoded; CR dropped; leading blank lines dropped; the first line dropped when it equals the title).
usage: txt_doc.py SRC OUT "TITLE" [--enc gb18030]"""
import sys
src, out, title = sys.argv[1], sys.argv[2], sys.argv[3]
enc = sys.argv[sys.argv.index('--enc') + 1] if '--enc' in sys.argv else 'utf-8'
t = open(src, 'rb').read().decode(enc)
if t.startswith('\ufeff'): t = t[1:]
L = t.replace('\r\n', '\n').replace('\r', '\n').split('\n')
while L and not L[0].strip(' \u3000\t'): L.pop(0)
if L and L[0].strip(' \u3000\t') == title: L.pop(0)
while L and not L[-1].strip(' \u3000\t'): L.pop()
open(out, 'w', encoding='utf-8').write('\n'.join([title] + L) + '\n')
print(out, len(L) + 1, 'lines')
