#!/usr/bin/env python3
"""Plain text source -> docs/NAME.txt: decoded (--enc), CRLF/CR -> LF, U+FEFF dropped, text kept as it is;
--title T prepends a title line (from the file name) where the file has none. No reader code.
usage: txt_doc.py SRC NAME.txt [--enc gbk] [--title T]"""
import sys, argparse
ROOT = '/work/dev62'
ap = argparse.ArgumentParser(); ap.add_argument('src'); ap.add_argument('name'); ap.add_argument('--enc', default='utf-8'); ap.add_argument('--title')
a = ap.parse_args()
s = open(a.src, 'rb').read().decode(a.enc).lstrip('\ufeff').replace('\r\n', '\n').replace('\r', '\n')
if a.title:
    s = a.title + '\n' + s
if not s.endswith('\n'):
    s += '\n'
open(f'{ROOT}/docs/{a.name}', 'w', encoding='utf-8').write(s)
