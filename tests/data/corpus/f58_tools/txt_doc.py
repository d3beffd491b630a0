#!/usr/bin/env python3
"""Plain-text source -> corpus text: a title line, then the file as it is (UTF-8 BOM dropped, CRLF -> LF).
The first line of the file is not repeated when it equals the title.
usage: txt_doc.py SRC.txt OUT.txt "TITLE" """
import sys
src, out, title = sys.argv[1:4]
t = open(src, encoding='utf-8-sig').read().replace('\r\n', '\n').replace('\r', '\n')
lines = t.split('\n')
if lines and lines[0].strip() == title:
    lines = lines[1:]
body = '\n'.join(lines).rstrip('\n')
open(out, 'w', encoding='utf-8').write(title + '\n' + body + '\n')
print(out, len(body.split('\n')) + 1, 'lines')
