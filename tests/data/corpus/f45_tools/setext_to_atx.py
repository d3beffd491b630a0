#!/usr/bin/env python3
"""Rewrite Markdown setext headings (a text line underlined with === or ---) as ATX headings (# / ##),
which is how a Markdown renderer reads them; everything else is copied as it is.
Usage: setext_to_atx.py SRC.md OUT.md"""
import re, sys
lines = open(sys.argv[1], encoding='utf-8').read().split('\n')
out, i = [], 0
while i < len(lines):
    if i + 1 < len(lines) and lines[i].strip() and not lines[i].startswith(('#', '*', '-', '>', ' ', '\t')) \
            and re.fullmatch(r'=+\s*|-{2,}\s*', lines[i + 1]):
        out.append(('# ' if lines[i + 1].startswith('=') else '## ') + lines[i].strip())
        i += 2
        continue
    out.append(lines[i]); i += 1
open(sys.argv[2], 'w', encoding='utf-8').write('\n'.join(out))
