#!/usr/bin/env python3
"""Drop JSP scriptlets/comments (<%...%>) and <jsp:...> tags, as the server does before a browser sees the page.
usage: strip_jsp.py SRC OUT"""
import re, sys
t = open(sys.argv[1], encoding='utf-8').read()
t = re.sub(r'(?s)<%.*?%>', '', t)
t = re.sub(r'(?is)</?jsp:[^>]*>', '', t)
open(sys.argv[2], 'w', encoding='utf-8').write(t)
