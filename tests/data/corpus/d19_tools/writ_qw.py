#!/usr/bin/env python3
"""裁判文书 XML (<QW nameCN="全文" value="...">, paragraphs separated by one space) -> UTF-8 text.
usage: writ_qw.py SRC.xml OUT.txt "TITLE"   (line 1 = TITLE, then one paragraph of the full text a line, empty ones skipped)"""
import re, sys, html
src, out, title = sys.argv[1], sys.argv[2], sys.argv[3]
t = open(src, encoding='utf-8').read()
qw = html.unescape(re.search(r'<QW [^>]*value="([^"]*)"', t).group(1))
paras = [p for p in qw.split(' ') if p.strip(' \u3000')]
open(out, 'w', encoding='utf-8').write('\n'.join([title] + paras) + '\n')
print(out, len(paras) + 1, 'lines')
