#!/usr/bin/env python3
"""Drop JSP/ASP server-side tags (<%-- --%>, <%@ %>, <% %>, <jsp:...>) before html_blocks.py. usage: strip_jsp.py IN OUT"""
import re, sys
t = open(sys.argv[1], encoding='utf-8').read()
t = re.sub(r'(?s)<%--.*?--%>', '', t)
t = re.sub(r'(?s)<%.*?%>', '', t)
t = re.sub(r'(?s)</?jsp:[^>]*>', '', t)
open(sys.argv[2], 'w', encoding='utf-8').write(t)
