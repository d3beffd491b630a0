#!/usr/bin/env python3
"""Take the HTML a JS module holds in its template strings (`partN: \`...\``), in order, joined into one HTML file.
usage: js_parts.py SRC.js OUT.html"""
import re, sys
t = open(sys.argv[1], encoding='utf-8').read()
parts = re.findall(r'part\d+:\s*`(.*?)`', t, re.S)
open(sys.argv[2], 'w', encoding='utf-8').write('\n'.join(parts))
print(sys.argv[2], len(parts), 'parts')
