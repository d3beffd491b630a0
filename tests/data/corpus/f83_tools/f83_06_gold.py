#!/usr/bin/env python3
"""Gold of f83_06 (莱比锡留学生生活办事手册, HughYau/leipzig-guideline 手册.pdf, a LaTeX-made PDF): the outline its own
目录 gives — 第X章 (depth 1), X.Y sections (depth 2) and the unnumbered sub-sections listed under them (depth 3) — each
found, in order, as a stand-alone line of the body text (whitespace runs compared as one space); the 目录 lines and
the running page headers ('莱比锡生活与办事手册 … 第二章 学习') are not headings."""
import re, sys
sys.path.insert(0, '/work/fresh83/tools')
from gold import write
TXT = 'f83_06_liuxue_shouce_laibixi.txt'
L = open('/work/fresh83/docs/' + TXT, encoding='utf-8').read().split('\n')
norm = lambda s: re.sub(r'\s+', ' ', s).strip()
start = next(i for i, l in enumerate(L) if norm(l) == '目录')
entries, i = [], start + 1
while not re.match(r'^\s*莱比锡生活与办事手册', L[i]):          # the 目录 runs up to the first running header
    s = L[i].rstrip()
    m = re.match(r'^(\s*)(.*?)(?:\s*(?:\. )+\.?)?\s+(\d+)$', s)
    if m and m.group(2).strip():
        t = norm(m.group(2))
        depth = 1 if t.startswith('第') and '章' in t[:5] else 2 if re.match(r'^\d+\.\d+ ', t) else 3
        entries.append((t, depth))
    i += 1
spec, pos = [], i
for t, depth in entries:
    while norm(L[pos]) != t:
        pos += 1
    spec.append([pos + 1, depth])
    pos += 1
write(TXT, norm(L[0]), spec)
