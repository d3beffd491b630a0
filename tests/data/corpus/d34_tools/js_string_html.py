#!/usr/bin/env python3
"""Take the HTML a JS module builds by concatenating string literals ('...' + "..."), in source order,
and write it out (JS escapes \\' \\" \\n decoded). usage: js_string_html.py SRC.js OUT.html"""
import re, sys
src = open(sys.argv[1], encoding='utf-8-sig').read()
lits = re.findall(r"'((?:[^'\\\n]|\\.)*)'|\"((?:[^\"\\\n]|\\.)*)\"", src)
dec = lambda s: re.sub(r'\\(.)', lambda m: {'n': '\n', 't': '\t'}.get(m.group(1), m.group(1)), s)
open(sys.argv[2], 'w', encoding='utf-8').write(''.join(dec(a or b) for a, b in lits))
