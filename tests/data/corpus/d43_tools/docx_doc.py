#!/usr/bin/env python3
"""A .docx file -> UTF-8 text, one Word paragraph a line (the same extraction as docx_paras.py: w:t runs joined,
w:tab -> a space, w:br -> a line break, empty paragraphs skipped, leading spaces kept).
Line 1 is TITLE: the first paragraph is not repeated when it is the title; when the document has no title paragraph,
TITLE (the file's name) is put in front of its first paragraph.
usage: docx_doc.py FILE.docx OUT.txt TITLE"""
import io, re, sys, zipfile, html
src, out, title = sys.argv[1], sys.argv[2], sys.argv[3]
x = zipfile.ZipFile(src).read('word/document.xml').decode('utf-8')
lines = []
for p in re.findall(r'<w:p[ >].*?</w:p>', x, re.S):
    p = re.sub(r'<w:tab/>', '<w:t> </w:t>', p)
    p = re.sub(r'<w:br/>', '<w:t>\n</w:t>', p)
    t = html.unescape(''.join(re.findall(r'<w:t(?: [^>]*)?>([^<]*)</w:t>', p)))
    for part in t.split('\n'):
        if part.strip(' \u3000'):
            lines.append(part.rstrip())
if lines and lines[0].strip(' \u3000') == title:
    lines = lines[1:]
open(out, 'w', encoding='utf-8').write('\n'.join([title] + lines) + '\n')
print(out, len(lines) + 1, 'lines')
