#!/usr/bin/env python3
"""For a converted text whose source has no title line of its own (a DOCX that opens with its first heading, a PDF whose cover is an image): prepend
TITLE (the source's file name, as a reader's window shows it) as line 1, so the first heading stays a heading.
The analogue of md_prepend_title.py for converted texts. usage: txt_prepend_title.py DOC.txt TITLE"""
import sys
p, title = sys.argv[1], sys.argv[2]
t = open(p, encoding='utf-8').read()
open(p, 'w', encoding='utf-8').write(title + '\n' + t)
