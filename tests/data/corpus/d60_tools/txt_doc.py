#!/usr/bin/env python3
"""Plain-text source -> corpus text: line 1 = the given title, then the source's lines as they are
(the source's first line dropped when it equals the title; UTF-8; CRLF/CR normalised to LF; a BOM dropped; nothing else changed, blank lines kept).
usage: txt_doc.py SRC.txt OUT.txt "TITLE" [--encoding gbk]"""
import sys
src, out, title = sys.argv[1:4]
enc = sys.argv[sys.argv.index('--encoding') + 1] if '--encoding' in sys.argv else 'utf-8-sig'
t = open(src, 'rb').read().decode(enc)
t = t.replace('\r\n', '\n').replace('\r', '\n').rstrip('\n')
if t.split('\n', 1)[0].strip() == title.strip():   # the source's own first line is the title: not repeated
    t = t.split('\n', 1)[1] if '\n' in t else ''
open(out, 'w', encoding='utf-8').write(title + '\n' + t + '\n')
print(out, t.count('\n') + 2, 'lines')
