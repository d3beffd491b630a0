#!/usr/bin/env python3
"""Plain-text source -> corpus text: line 1 the document's title, then the source's lines as they are
(decoded from the given encoding, CR/LF -> LF, nothing else changed: blank lines, tabs, full-width spaces,
page furniture all kept). If the source's first non-empty line is the title itself it is not repeated.
usage: txt_doc.py SRC OUT "TITLE" [--enc ENCODING]"""
import sys
src, out, title = sys.argv[1:4]
enc = sys.argv[sys.argv.index('--enc') + 1] if '--enc' in sys.argv else 'utf-8-sig'
t = open(src, 'rb').read().decode(enc)
lines = t.replace('\r\n', '\n').replace('\r', '\n').split('\n')
if lines and lines[-1] == '':
    lines.pop()
i = 0
while i < len(lines) and not lines[i].strip(' \u3000\t'):
    i += 1
if i < len(lines) and lines[i].strip(' \u3000\t') == title:
    lines = lines[i + 1:]
open(out, 'w', encoding='utf-8').write('\n'.join([title] + lines) + '\n')
print(out, len(lines) + 1, 'lines')
