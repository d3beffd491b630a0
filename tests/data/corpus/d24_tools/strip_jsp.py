#!/usr/bin/env python3
"""Drop JSP scriptlets/expressions (<%...%>) and <jsp:...> tags from a JSP page, keeping the HTML it renders.
usage: strip_jsp.py IN.jsp OUT.html"""
import re, sys
t = open(sys.argv[1], encoding='utf-8').read()
t = re.sub(r'(?s)<%.*?%>', '', t)
t = re.sub(r'(?s)</?jsp:[^>]*>', '', t)
open(sys.argv[2], 'w', encoding='utf-8').write(t)
