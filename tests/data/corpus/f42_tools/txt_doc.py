#!/usr/bin/env python3
"""Plain-text source -> corpus text: a title line, then the source's lines as they are
(decoded from UTF-8 or GBK, CRLF -> LF, trailing whitespace kept, nothing else changed).
usage: txt_doc.py SRC.txt OUT.txt "TITLE" [--encoding gbk]"""
import sys
src, out, title = sys.argv[1], sys.argv[2], sys.argv[3]
enc = sys.argv[sys.argv.index('--encoding') + 1] if '--encoding' in sys.argv else 'utf-8'
t = open(src, 'rb').read().decode(enc)
t = t.lstrip('\ufeff').replace('\r\n', '\n').replace('\r', '\n')
open(out, 'w', encoding='utf-8').write(title + '\n' + t + ('' if t.endswith('\n') else '\n'))
print(out, t.count('\n') + 2, 'lines')
