#!/usr/bin/env python3
"""HTML article -> UTF-8 text, one block per line (PROVENANCE.md convention).
usage: html_blocks.py SRC.html OUT.txt "PAGE TITLE" [--drop-first-if-title]
Blocks are <p>, <h1>-<h6>, <li>, <div> leaves, <tr> (cells joined by a space) and <br> breaks.
Tags removed, entities decoded, images dropped, links kept as their text, whitespace runs
inside a block (source line breaks included) collapsed to one space (full-width spaces kept), empty blocks skipped."""
import re, sys, html
src, out, title = sys.argv[1], sys.argv[2], sys.argv[3]
drop = '--drop-first-if-title' in sys.argv
t = open(src, encoding='utf-8').read()
t = re.sub(r'(?is)<(script|style)\b.*?</\1>', '', t)
t = re.sub(r'(?s)<!--.*?-->', '', t)
t = re.sub(r'(?i)<img\b[^>]*>', '', t)
t = re.sub(r'[ \t\r\n]+', ' ', t)  # source line breaks inside a block are spaces, as a browser shows them
t = re.sub(r'(?i)<br\s*/?>', '\n', t)
t = re.sub(r'(?i)</?(p|h[1-6]|li|div|tr|table|tbody|ul|ol|section|article|blockquote|dt|dd)\b[^>]*>', '\n', t)
t = re.sub(r'(?i)</t[dh]>', ' ', t)
t = re.sub(r'<[^>]+>', '', t)
t = html.unescape(t)
lines = []
for l in t.split('\n'):
    l = l.replace('\xa0', ' ')
    l = re.sub(r'[ \t\r]+', ' ', l).strip(' \t')
    if l.strip(' \u3000'):
        lines.append(l)
if drop and lines and lines[0].strip(' \u3000') == title:
    lines = lines[1:]
open(out, 'w', encoding='utf-8').write('\n'.join([title] + lines) + '\n')
print(out, len(lines) + 1, 'lines')
