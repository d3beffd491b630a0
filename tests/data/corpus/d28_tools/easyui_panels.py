#!/usr/bin/env python3
"""dev28: render jQuery EasyUI panel headers as the browser shows them: the title="..." of each
<div class="easyui-panel" ...> is written as a block of its own just inside the panel.
usage: easyui_panels.py IN.jsp OUT.html"""
import re, sys
t = open(sys.argv[1], encoding='utf-8').read()
t = re.sub(r'(<div\b[^>]*class="easyui-panel"[^>]*\btitle="([^"]*)"[^>]*>)', lambda m: m.group(1) + '<div>' + m.group(2) + '</div>', t)
open(sys.argv[2], 'w', encoding='utf-8').write(t)
