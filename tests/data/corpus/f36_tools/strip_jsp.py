#!/usr/bin/env python3
"""Render the static part of a JSP page as the server would send it, for html_blocks.py.
usage: strip_jsp.py SRC.jsp OUT.html
<%...%> directives/scriptlets are removed; a JSTL <c:url value="X"/> is replaced by X (the URL it prints)."""
import re, sys
t = open(sys.argv[1], encoding='utf-8').read()
t = re.sub(r'(?s)<%.*?%>', '', t)
t = re.sub(r'<c:url\s+value="([^"]*)"\s*/>', r'\1', t)
open(sys.argv[2], 'w', encoding='utf-8').write(t)
