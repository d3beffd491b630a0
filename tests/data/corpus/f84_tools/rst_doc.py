#!/usr/bin/env python3
"""reStructuredText page (a site's content file with a '---' front-matter block) -> corpus text and its gold outline
from the page's own section mark-up. Front matter dropped; the over-and-underlined title block becomes line 1; a
section title (a text line followed by an underline of = - ~ ^ etc.) is kept as its text line and the underline
dropped; directive blocks ('.. sectnum::', '.. contents::', '.. image::' with their indented options) dropped;
`text <url>`__ links kept as their text, ** and `` removed; everything else kept as written (blank lines, indents).
Gold: every section title, depth by the order in which its underline character first appears (rST's own rule),
marker '' (the page's numbers come from '.. sectnum::' at render time, not from its text).
usage: rst_doc.py SRC.rst TXTNAME"""
import re, sys, json
sys.path.insert(0, '/work/fresh84/tools'); import gold
src, name = sys.argv[1], sys.argv[2]
L = open(src, encoding='utf-8-sig').read().replace('\r\n', '\n').split('\n')
L = [l.lstrip('\ufeff') for l in L]
i = 0
if L and L[0].strip() == '---':
    i = L.index('---', 1) + 1 if '---' in L[1:] else 0
    if i: i = [k for k, l in enumerate(L) if l.strip() == '---'][1] + 1
UL = re.compile(r'^([=\-~^"\'`#*+_.:])\1{2,}\s*$')
def inline(s):
    s = re.sub(r'`([^`<]+?)\s*<[^>]+>`__?', r'\1', s)
    return s.replace('**', '').replace('``', '')
out, heads, order, title = [], [], [], None
while i < len(L):
    l = L[i]
    # title block: overline, text, underline
    if UL.match(l) and i + 2 < len(L) and L[i + 1].strip() and UL.match(L[i + 2]) and title is None:
        title = inline(L[i + 1].strip()); i += 3; continue
    if l.startswith('.. '):
        i += 1
        while i < len(L) and (L[i].startswith((' ', '\t')) or (not L[i].strip() and i + 1 < len(L) and L[i + 1].startswith((' ', '\t')) and not L[i + 1].strip().startswith(('1.', '2.')))):
            i += 1
        continue
    if l.strip() and i + 1 < len(L) and UL.match(L[i + 1]) and not UL.match(l):
        ch = L[i + 1][0]
        if ch not in order: order.append(ch)
        out.append(inline(l.strip())); heads.append([len(out) - 1, order.index(ch) + 1]); i += 2; continue
    if UL.match(l) and not l.strip().startswith(('-', '=')) is False and len(l.strip()) > 3 and (not out or not out[-1].strip()):
        i += 1; continue  # a transition line '----------'
    out.append(inline(l.rstrip())); i += 1
lead = 0
while lead < len(out) and not out[lead].strip(): lead += 1
out = out[lead:]
text = [title] + [''] + out
while text and not text[-1].strip(): text.pop()
open('/work/fresh84/docs/' + name, 'w', encoding='utf-8').write('\n'.join(text) + '\n')
spec = [[h[0] - lead + 3, h[1]] for h in heads]  # out[k] is text line k + 3 (1-based), after the title and a blank
gold.write(name, title, spec)
