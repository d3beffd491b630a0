#!/usr/bin/env python3
"""Extract the article HTML (data.content, a JS string literal) from a jiazhangyao/jyy monthly API .js file.
usage: jyy_content.py SRC.js OUT.html"""
import re, sys, json
t = open(sys.argv[1], encoding='utf-8').read()
m = re.search(r'content:\s*("(?:[^"\\]|\\.)*")', t, re.S)
s = json.loads(m.group(1).replace('\n', '\\n'))
open(sys.argv[2], 'w', encoding='utf-8').write(s)
