#!/usr/bin/env python3
"""Take the HTML a DIYGW mini-program page shows from its Page({data:{text1: `...`}}) template string.
usage: js_text1.py SRC.js OUT.html   (writes the text1 template literal's HTML as is)"""
import re, sys
t = open(sys.argv[1], encoding='utf-8').read()
m = re.search(r'text1:\s*`(.*?)`', t, re.S)
open(sys.argv[2], 'w', encoding='utf-8').write(m.group(1))
