#!/usr/bin/env python3
"""Plain-text source -> docs/NAME.txt: line 1 = the given title, then the source's lines as they are
(CRLF -> LF, leading blank lines dropped). usage: txt_doc.py SRC OUTNAME TITLE [ENCODING]"""
import sys
src, out, title = sys.argv[1], sys.argv[2], sys.argv[3]
enc = sys.argv[4] if len(sys.argv) > 4 else 'utf-8'
t = open(src, 'rb').read().decode(enc).lstrip('\ufeff').replace('\r\n', '\n').replace('\r', '\n')
lines = t.split('\n')
while lines and not lines[0].strip():
    lines.pop(0)
while lines and not lines[-1].strip():
    lines.pop()
open('/work/fresh55/docs/' + out, 'w', encoding='utf-8').write(title + '\n' + '\n'.join(lines) + '\n')
