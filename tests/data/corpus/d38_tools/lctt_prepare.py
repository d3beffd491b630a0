#!/usr/bin/env python3
"""LCTT TranslateProject article -> Markdown as it renders (dev set 38): the '[#]: key: (value)' metadata block and the
other link-reference definitions ('[1]: url', '[a]: url') are invisible when the page is rendered and are dropped;
the setext title ('title' over '======') becomes an ATX '# title'. Footnote definitions ('[^1]: url') stay.
usage: lctt_prepare.py SRC.md OUT.md"""
import re, sys
src, out = sys.argv[1:3]
lines = open(src, encoding='utf-8').read().split('\n')
res = []
for i, l in enumerate(lines):
    if re.match(r'^\[(?!\^)[^\]]+\]:\s', l):
        continue
    if re.fullmatch(r'=+\s*', l) and res and res[-1].strip():
        res[-1] = '# ' + res[-1].strip()
        continue
    res.append(l)
open(out, 'w', encoding='utf-8').write('\n'.join(res))
