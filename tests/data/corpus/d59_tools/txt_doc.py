#!/usr/bin/env python3
"""Plain-text note -> corpus doc (dev set 59; copied from d58 tools): line 1 = TITLE, then the file's text as it is (UTF-8; CRLF -> LF;
a leading BOM dropped; trailing blank lines dropped; the first line not repeated when it equals TITLE).
usage: txt_doc.py SRC.txt OUT.txt TITLE"""
import sys
src, out, title = sys.argv[1:4]
t = open(src, encoding='utf-8-sig').read().replace('\r\n', '\n').replace('\r', '\n')
lines = t.strip('\n').split('\n')  # leading and trailing blank lines dropped
if lines and lines[0].strip() == title:
    lines = lines[1:]
open(out, 'w', encoding='utf-8').write('\n'.join([title] + lines) + '\n')
