#!/usr/bin/env python3
"""Plain-text source -> corpus text, copied as it is: BOM dropped, CRLF/CR -> LF, trailing blank lines dropped.
usage: plain_txt.py SRC.txt OUT.txt (prints the first line, which is the document's title line as the source has it)"""
import sys
t = open(sys.argv[1], encoding='utf-8-sig').read().replace('\r\n', '\n').replace('\r', '\n')
lines = t.split('\n')
while lines and not lines[-1].strip():
    lines.pop()
open(sys.argv[2], 'w', encoding='utf-8').write('\n'.join(lines) + '\n')
print(lines[0])
