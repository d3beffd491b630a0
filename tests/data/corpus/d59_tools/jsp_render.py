#!/usr/bin/env python3
"""JSP page -> the HTML a browser receives (dev set 59; copied from dev set 58): JSP directives, scriptlets and expressions
(<%@ … %>, <% … %>, <%= … %>, <%-- … --%>) are removed; expressions such as <%=basePath%> (an
empty site prefix by default) become ''. Nothing else is changed.
usage: jsp_render.py SRC.jsp OUT.html"""
import re, sys
t = open(sys.argv[1], encoding='utf-8').read()
t = re.sub(r'(?s)<%--.*?--%>', '', t)
t = re.sub(r'(?s)<%.*?%>', '', t)
open(sys.argv[2], 'w', encoding='utf-8').write(t)
