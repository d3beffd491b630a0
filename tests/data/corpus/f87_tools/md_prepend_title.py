#!/usr/bin/env python3
"""For a Markdown source with no title line of its own: write a copy with '# TITLE' prepended (so make_md_doc.py
takes TITLE as line 1 and keeps the source's first heading as a heading). The source in src/ stays unchanged.
usage: md_prepend_title.py SRC OUT TITLE"""
import sys
src, out, title = sys.argv[1], sys.argv[2], sys.argv[3]
t = open(src, encoding='utf-8-sig').read()
open(out, 'w', encoding='utf-8').write('# ' + title + '\n\n' + t)
