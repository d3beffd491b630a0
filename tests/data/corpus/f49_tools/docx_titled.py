#!/usr/bin/env python3
"""DOCX without a title paragraph -> UTF-8 text: line 1 the given title, then one Word paragraph a line
(same paragraph rules as docx_paras.py: w:tab -> space, w:br -> line break, empty paragraphs skipped).
usage: docx_titled.py FILE.docx OUT.txt "TITLE" """
import io, re, sys, zipfile, html
src, out, title = sys.argv[1:4]
x = zipfile.ZipFile(src).read('word/document.xml').decode('utf-8')
lines = [title]
for p in re.findall(r'<w:p[ >].*?</w:p>', x, re.S):
    p = re.sub(r'<w:tab/>', '<w:t> </w:t>', p)
    p = re.sub(r'<w:br/>', '<w:t>\n</w:t>', p)
    t = html.unescape(''.join(re.findall(r'<w:t(?: [^>]*)?>([^<]*)</w:t>', p)))
    for part in t.split('\n'):
        if part.strip(' \u3000'):
            lines.append(part.rstrip())
open(out, 'w', encoding='utf-8').write('\n'.join(lines) + '\n')
print(out, len(lines), 'lines')
