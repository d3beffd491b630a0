#!/usr/bin/env python3
"""Spec of a DOCX's headings from its own paragraph mark-up, line numbers as docx_paras.py writes them:
paragraphs whose style id is in STYLES get the style's depth; with --bold D, a paragraph whose every text run is
bold and that is no list item (no numPr) gets depth D. Line 1 (the title) is never a heading.
usage: docx_spec.py FILE.docx STYLE=DEPTH[,STYLE=DEPTH] [--bold D]  -> JSON [[line, depth], ...]"""
import io, re, sys, json, zipfile, html
data = open(sys.argv[1], 'rb').read()
styles = dict((k, int(v)) for k, v in (s.split('=') for s in sys.argv[2].split(',') if s))
bold = int(sys.argv[sys.argv.index('--bold') + 1]) if '--bold' in sys.argv else None
x = zipfile.ZipFile(io.BytesIO(data)).read('word/document.xml').decode('utf-8')
line, out = 0, []
for p in re.findall(r'<w:p[ >].*?</w:p>', x, re.S):
    q = re.sub(r'<w:tab/>', '<w:t> </w:t>', p)
    q = re.sub(r'<w:br/>', '<w:t>\n</w:t>', q)
    t = html.unescape(''.join(re.findall(r'<w:t(?: [^>]*)?>([^<]*)</w:t>', q)))
    parts = [s for s in t.split('\n') if s.strip(' \u3000')]
    if not parts: continue
    first = line + 1
    line += len(parts)
    if first == 1: continue
    st = re.findall(r'w:pStyle w:val="([^"]*)"', p)
    if st and st[0] in styles:
        out.append([first, styles[st[0]]]); continue
    if bold and 'numPr' not in p:
        runs = [r for r in re.findall(r'<w:r[ >].*?</w:r>', p, re.S) if re.search(r'<w:t[ >]', r) and
                ''.join(re.findall(r'<w:t(?: [^>]*)?>([^<]*)</w:t>', r)).strip()]
        if runs and all(re.search(r'<w:b/>|<w:b w:val="(1|true|on)"/>', r) for r in runs):
            out.append([first, bold])
print(json.dumps(out))
