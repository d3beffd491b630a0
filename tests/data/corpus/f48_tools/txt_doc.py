#!/usr/bin/env python3
"""Plain-text source -> corpus text: line 1 = the given title, then the source's lines as they are
(decoded with --encoding, default utf-8; BOM dropped; CRLF/CR -> LF; trailing blank lines dropped).
usage: txt_doc.py SRC OUT TITLE [--encoding gbk] [--skip-first-if-title]"""
import sys, argparse
p = argparse.ArgumentParser(); p.add_argument('src'); p.add_argument('out'); p.add_argument('title')
p.add_argument('--encoding', default='utf-8'); p.add_argument('--skip-first-if-title', action='store_true')
a = p.parse_args()
t = open(a.src, 'rb').read().decode(a.encoding)
t = t.lstrip('\ufeff').replace('\r\n', '\n').replace('\r', '\n')
lines = t.split('\n')
if a.skip_first_if_title and lines and lines[0].strip() == a.title:
    lines = lines[1:]
while lines and not lines[-1].strip():
    lines.pop()
open(a.out, 'w', encoding='utf-8').write('\n'.join([a.title] + lines) + '\n')
