#!/usr/bin/env python3
"""Plain-text source -> corpus text: line 1 the document's title, then the source's lines as they are
(decoded from the given encoding, CR dropped, nothing else changed).
usage: txt_doc.py SRC OUT "TITLE" [ENCODING]"""
import sys
src, out, title = sys.argv[1], sys.argv[2], sys.argv[3]
enc = sys.argv[4] if len(sys.argv) > 4 else 'utf-8'
t = open(src, 'rb').read().decode(enc).replace('\r', '')
if t.startswith('\ufeff'):
    t = t[1:]
if not t.endswith('\n'):
    t += '\n'
open(out, 'w', encoding='utf-8').write(title + '\n' + t)
print(out, len(t.split('\n')), 'lines')
