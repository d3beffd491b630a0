#!/usr/bin/env python3
"""Take the article HTML that a JSP page keeps inside a JSP comment (<%-- ... --%>; the page itself fills the
article in at run time from a hidden field) and write it out as an HTML fragment for html_blocks.py.
The longest comment block is the article. usage: jsp_comment.py SRC.jsp OUT.html"""
import re, sys
t = open(sys.argv[1], encoding='utf-8').read()
blocks = re.findall(r'(?s)<%--(.*?)--%>', t)
best = max(blocks, key=len)
open(sys.argv[2], 'w', encoding='utf-8').write(best)
print(sys.argv[2], len(best), 'chars')
