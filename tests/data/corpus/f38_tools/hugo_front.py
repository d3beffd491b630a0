#!/usr/bin/env python3
"""Rewrite a Hugo page's TOML front matter (+++ … +++) as YAML (--- title: … ---) so that make_md_doc.py takes
its title as the page title and drops the rest of it, as Hugo does. usage: hugo_front.py IN.md OUT.md"""
import re, sys
s = open(sys.argv[1], encoding='utf-8').read()
m = re.match(r'\+\+\+\n(.*?)\n\+\+\+\n', s, re.S)
assert m
t = re.search(r'^title\s*=\s*"(.*)"\s*$', m.group(1), re.M).group(1)
open(sys.argv[2], 'w', encoding='utf-8').write('---\ntitle: ' + t + '\n---\n' + s[m.end():])
