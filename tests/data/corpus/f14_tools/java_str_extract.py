#!/usr/bin/env python3
"""Take the HTML held in a Java test as a concatenation of string literals (`String text="..." + "..." ;`), decode the Java
escapes (\\n \\t \\" \\\\) and write it as an .html file.
usage: java_str_extract.py SRC.java OUT.html"""
import re, sys
s = open(sys.argv[1], encoding='utf-8').read()
a = s.index('String text=') + len('String text=')
b = s.index(';\n', a)
parts = re.findall(r'"((?:[^"\\]|\\.)*)"', s[a:b])
esc = {'n': '\n', 't': '\t', '"': '"', '\\': '\\', "'": "'", 'r': '\r'}
out = ''.join(re.sub(r'\\(.)', lambda m: esc[m.group(1)], p) for p in parts)
open(sys.argv[2], 'w', encoding='utf-8').write(out)
