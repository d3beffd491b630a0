#!/usr/bin/env python3
"""Plain-text source -> docs/ text: line 1 the given title, then the source lines as they are
(decoded from --enc, default utf-8; CRLF -> LF; trailing blank lines dropped).
usage: txt_doc.py SRC OUT.txt "TITLE" [--enc gbk]"""
import sys
src, out, title = sys.argv[1], sys.argv[2], sys.argv[3]
enc = sys.argv[sys.argv.index('--enc') + 1] if '--enc' in sys.argv else 'utf-8'
t = open(src, 'rb').read().decode(enc).lstrip('\ufeff').replace('\r\n', '\n').replace('\r', '\n')
lines = t.rstrip('\n').split('\n')
open(out, 'w', encoding='utf-8').write('\n'.join([title] + lines) + '\n')
print(out, len(lines) + 1, 'lines')
