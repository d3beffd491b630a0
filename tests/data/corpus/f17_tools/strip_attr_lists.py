#!/usr/bin/env python3
"""Drop MkDocs attribute lists ('{ data-search-exclude }') from the end of Markdown heading lines, as the
rendered page shows them; nothing else changes. usage: strip_attr_lists.py IN.md OUT.md"""
import re, sys
t = open(sys.argv[1], encoding='utf-8').read()
t = re.sub(r'^(#{1,6} .*?)\s*\{[^{}\n]*\}\s*$', r'\1', t, flags=re.M)
open(sys.argv[2], 'w', encoding='utf-8').write(t)
