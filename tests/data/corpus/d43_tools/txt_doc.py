#!/usr/bin/env python3
"""Plain-text source -> docs/NAME.txt: line 1 = the document's title, then the source text as it is
(decoded from UTF-8 or GBK/GB18030, CRLF -> LF, BOM dropped, lines kept, blank lines kept, trailing spaces kept);
the source's first non-blank line is not repeated when it equals the title.
usage: txt_doc.py SRC OUT.txt "TITLE" [START END]   (optional 1-based line range of the source)"""
import sys
src, out, title = sys.argv[1], sys.argv[2], sys.argv[3]
b = open(src, 'rb').read()
for enc in ('utf-8-sig', 'gb18030'):
    try:
        t = b.decode(enc); break
    except UnicodeDecodeError:
        continue
L = t.replace('\r\n', '\n').replace('\r', '\n').split('\n')
if len(sys.argv) > 5:
    L = L[int(sys.argv[4]) - 1:int(sys.argv[5])]
while L and not L[0].strip(' \u3000\t'):
    L = L[1:]
if L and L[0].strip(' \u3000\t') == title:
    L = L[1:]
while L and not L[-1].strip():
    L = L[:-1]
open(out, 'w', encoding='utf-8').write('\n'.join([title] + L) + '\n')
print(out, len(L) + 1, 'lines')
