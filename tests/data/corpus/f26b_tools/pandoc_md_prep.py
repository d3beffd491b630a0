#!/usr/bin/env python3
"""Prepare a pandoc-written Markdown page for make_md_doc.py as it renders: an <a ...>...</a> element that pandoc
wrapped over several source lines is joined onto one line, and Markdown backslash escapes (\\| \\* ...) are
removed.  usage: pandoc_md_prep.py SRC OUT"""
import re, sys
t = open(sys.argv[1], encoding='utf-8').read()
t = re.sub(r'<a\b.*?</a>', lambda m: re.sub(r'\s*\n\s*', ' ', m.group(0)), t, flags=re.S)
t = re.sub(r'\\([\\`*_{}\[\]()#+\-.!|"])', r'\1', t)
open(sys.argv[2], 'w', encoding='utf-8').write(t)
