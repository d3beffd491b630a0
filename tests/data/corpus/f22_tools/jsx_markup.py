#!/usr/bin/env python3
"""Take the markup a React component renders (the text between `return (` and the last `)` of render), with JSX
attribute expressions ={...} and fragments <> </> removed, so html_blocks.py can read it as HTML.
usage: jsx_markup.py SRC.jsx OUT.html"""
import re, sys
t = open(sys.argv[1], encoding='utf-8').read()
i = t.index('return (') + len('return (')
j = t.rindex(')', 0, t.rindex('}', 0, t.rindex('}')))
m = t[i:j]
m = re.sub(r'=\{[^{}]*\}', '', m)
m = m.replace('<>', '').replace('</>', '')
open(sys.argv[2], 'w', encoding='utf-8').write(m)
