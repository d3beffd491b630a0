#!/usr/bin/env python3
"""lricbc-web bilingual page -> the Chinese page the site shows (for make_md_doc.py).
usage: zh_part.py SRC.md OUT.md
The site (src/lib/local-content.ts) splits the body on '---zh---' and shows the second part in Chinese,
with title_zh as the page title; this writes front matter `title: <title_zh>` and that part."""
import re, sys
t = open(sys.argv[1], encoding='utf-8').read()
fm, body = re.match(r'(?s)---\n(.*?)\n---\n(.*)', t).groups()
title = re.search(r'^title_zh:\s*"(.*)"\s*$', fm, re.M).group(1)
zh = body.split('---zh---', 1)[1]
open(sys.argv[2], 'w', encoding='utf-8').write('---\ntitle: ' + title + '\n---\n' + zh)
