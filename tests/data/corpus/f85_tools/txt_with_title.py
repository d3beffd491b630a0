#!/usr/bin/env python3
"""Plain text whose title is only its file name (a news page saved under its headline, with no title line): the text
converted as plain_txt.py does (decoded, BOM dropped, CRLF/CR -> LF, nothing else changed), with the title put before it
as line 1 and a blank line after. usage: txt_with_title.py SRC OUT TITLE"""
import sys
src, out, title = sys.argv[1], sys.argv[2], sys.argv[3]
t = open(src, 'rb').read().decode('utf-8-sig').replace('\r\n', '\n').replace('\r', '\n')
open(out, 'w', encoding='utf-8', newline='\n').write(title + '\n\n' + t)
