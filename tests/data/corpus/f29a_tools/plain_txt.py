#!/usr/bin/env python3
"""A crawler's plain-text extract (one paragraph a line, the document's title on line 1) -> UTF-8 text as it is:
CRLF -> LF, trailing spaces stripped, lines empty or of spaces only dropped. usage: plain_txt.py SRC.txt OUT.txt"""
import sys
L = open(sys.argv[1], encoding='utf-8').read().replace('\r\n', '\n').split('\n')
L = [l.rstrip() for l in L if l.strip(' \u3000\t')]
open(sys.argv[2], 'w', encoding='utf-8').write('\n'.join(L) + '\n')
print(sys.argv[2], len(L), 'lines')
