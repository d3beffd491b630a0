#!/usr/bin/env python3
"""Gold from a Word file's own heading styles (Heading 1..6 / 标题 1..6, by style name in styles.xml), for a text made
by docx_paras.py from the same file: paragraphs are walked exactly as docx_paras.py walks them (empty ones skipped,
w:br splits a paragraph into lines), so each heading paragraph gets its line number in the text. The paragraph on
line 1 (the title) is not a heading. Depth = heading level - SHIFT (SHIFT=1 when Heading 1 is the document title).
usage: docx_style_gold.py SRC.docx TXTNAME SHIFT"""
import sys, re, html, zipfile
sys.path.insert(0, '/work/fresh85/tools'); import gold
src, txt, shift = sys.argv[1], sys.argv[2], int(sys.argv[3])
z = zipfile.ZipFile(src)
x = z.read('word/document.xml').decode('utf-8'); st = z.read('word/styles.xml').decode('utf-8')
names = {}
for m in re.finditer(r'<w:style [^>]*w:styleId="([^"]+)"[^>]*>(.*?)</w:style>', st, re.S):
    n = re.search(r'<w:name w:val="([^"]+)"', m.group(2))
    if n: names[m.group(1)] = n.group(1)
line, spec = 0, []
for p in re.findall(r'<w:p[ >].*?</w:p>', x, re.S):
    s = re.search(r'<w:pStyle w:val="([^"]+)"', p)
    name = names.get(s.group(1), s.group(1)) if s else ''
    lv = re.fullmatch(r'(?:heading|标题)\s*(\d)', name.strip(), re.I)
    q = re.sub(r'<w:tab/>', '<w:t> </w:t>', p); q = re.sub(r'<w:br/>', '<w:t>\n</w:t>', q)
    t = html.unescape(''.join(re.findall(r'<w:t(?: [^>]*)?>([^<]*)</w:t>', q)))
    first = None
    for part in t.split('\n'):
        if part.strip(' \u3000'):
            line += 1
            first = first or line
    if lv and first and first > 1:
        spec.append([first, int(lv.group(1)) - shift])
title = open('/work/fresh85/docs/' + txt, encoding='utf-8').readline().strip()
gold.write(txt, title, spec)
