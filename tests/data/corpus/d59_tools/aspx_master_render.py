#!/usr/bin/env python3
"""ASP.NET content page + its master page -> the HTML a browser receives (dev set 59): each
<asp:ContentPlaceHolder ID="X"> of the master is replaced by the inner HTML of the page's
<asp:Content ContentPlaceHolderID="X">; <%@ … %>, <% … %> and <%-- … --%> blocks and a leading BOM are removed;
the empty <title></title> of the master is dropped when the page supplies its own <title>. Nothing else is changed.
usage: aspx_master_render.py PAGE.aspx MASTER.master OUT.html"""
import re, sys
page = open(sys.argv[1], encoding='utf-8-sig').read()
master = open(sys.argv[2], encoding='utf-8-sig').read()
parts = {m.group(1): m.group(2) for m in re.finditer(
    r'(?is)<asp:Content\b[^>]*ContentPlaceHolderID="([^"]+)"[^>]*>(.*?)</asp:Content>', page)}
if '<title>' in parts.get('head', ''):
    master = re.sub(r'(?i)<title>\s*</title>', '', master, count=1)
master = re.sub(r'(?is)<asp:ContentPlaceHolder\b[^>]*ID="([^"]+)"[^>]*>.*?</asp:ContentPlaceHolder>',
                lambda m: parts.get(m.group(1), ''), master)
master = re.sub(r'(?s)<%--.*?--%>', '', master)
master = re.sub(r'(?s)<%.*?%>', '', master)
open(sys.argv[3], 'w', encoding='utf-8').write(master)
