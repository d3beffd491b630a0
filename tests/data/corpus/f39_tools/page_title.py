#!/usr/bin/env python3
"""Print a saved page's <title> as a browser shows it (entities decoded, whitespace runs collapsed, trimmed)."""
import re, sys, html
t = open(sys.argv[1], encoding='utf-8').read()
m = re.search(r'(?is)<title\b[^>]*>(.*?)</title>', t)
print(re.sub(r'\s+', ' ', html.unescape(m.group(1))).strip())
