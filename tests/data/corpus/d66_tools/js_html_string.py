#!/usr/bin/env python3
"""Pull the HTML held in one quoted string property of a JavaScript source (e.g. a WeChat mini-program page's
`remark:'<div>…</div>'`) out to an .html file, byte for byte (escapes \\' \\" \\\\ \\n undone), so html_blocks.py can convert it.
usage: js_html_string.py SRC.js PROPERTY OUT.html"""
import re, sys
src, prop, out = sys.argv[1], sys.argv[2], sys.argv[3]
t = open(src, encoding='utf-8-sig').read()
m = re.search(re.escape(prop) + r"""\s*:\s*(['"])((?:\\.|(?!\1).)*)\1""", t, re.S)
if not m:
    sys.exit('property not found')
s = m.group(2)
s = re.sub(r"\\(['\"\\])", r"\1", s).replace('\\n', '\n')
open(out, 'w', encoding='utf-8').write(s)
print(out, len(s), 'chars')
