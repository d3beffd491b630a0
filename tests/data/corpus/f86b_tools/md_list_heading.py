#!/usr/bin/env python3
"""For a Markdown page whose headings sit inside numbered list items ('1. #### switch', rendered as a heading in the
list item): write a copy where each such line reads '#### 1. switch', so make_md_doc.py strips its marks and takes it
as a heading with its number. The source in src/ stays unchanged. usage: md_list_heading.py SRC OUT"""
import re, sys
t = open(sys.argv[1], encoding='utf-8-sig').read().replace('\r\n', '\n')
t = re.sub(r'(?m)^(\s*)(\d+\.)\s+(#{1,6})\s*(.*)$', r'\3 \2 \4', t)
open(sys.argv[2], 'w', encoding='utf-8').write(t)
