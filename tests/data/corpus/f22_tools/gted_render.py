#!/usr/bin/env python3
"""Render the body of a danielcrown/gted JSP content page to plain HTML: the page's own <c:set var="title"/"content">
pairs in order, each include of regulation.jsp / titleAndContent.jsp emitting <h3>${title}</h3><div>${content}</div>
(as those components do). The site's header/nav/footer components are not rendered (chrome not in this file).
usage: gted_render.py SRC.jsp OUT.html"""
import re, sys
t = open(sys.argv[1], encoding='utf-8').read()
t = re.sub(r'<%--.*?--%>', '', t, flags=re.S)
vars_, out = {}, []
for m in re.finditer(r'<c:set\s+var="(\w+)"\s+value="(.*?)"\s+scope="page"\s*/>|<%@include file="[^"]*/(regulation|titleAndContent)\.jsp"\s*%>', t, re.S):
    if m.group(1):
        vars_[m.group(1)] = m.group(2)
    else:
        out.append('<h3>%s</h3>\n<div>%s</div>' % (vars_.get('title', ''), vars_.get('content', '')))
open(sys.argv[2], 'w', encoding='utf-8').write('\n'.join(out) + '\n')
