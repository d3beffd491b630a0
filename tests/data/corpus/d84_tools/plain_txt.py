#!/usr/bin/env python3
"""Plain-text source -> corpus text: decoded to UTF-8 (source encoding given, default utf-8; a BOM dropped),
CRLF/CR -> LF, nothing else changed (leading spaces, damage and all).
usage: plain_txt.py SRC.txt OUT.txt [ENCODING]"""
import sys
src, out = sys.argv[1], sys.argv[2]
enc = sys.argv[3] if len(sys.argv) > 3 else 'utf-8-sig'
t = open(src, 'rb').read().decode(enc)
t = t.replace('\r\n', '\n').replace('\r', '\n')
open(out, 'w', encoding='utf-8', newline='\n').write(t)
