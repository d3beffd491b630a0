#!/usr/bin/env python3
"""One section of a reStructuredText book file -> UTF-8 text, one paragraph a line.
usage: rst_section.py SRC.rst START END OUT.txt "TITLE"
START/END: 1-based line numbers in SRC (END exclusive); the section's own title line and its underline are
replaced by TITLE (line 1). Paragraphs (blocks between blank lines) are joined as a reST renderer joins them:
the indentation is removed and the wrapped lines are concatenated (a space only between two Latin characters)."""
import sys, re
src, a, b, out, title = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4], sys.argv[5]
L = open(src, encoding='utf-8-sig').read().split('\n')[a - 1:b - 1]
# drop the section title and its underline
if len(L) > 1 and re.fullmatch(r'([=\-~^*#"+])\1{2,}', L[1].strip()):
    L = L[2:]
paras, cur = [], []
for l in L + ['']:
    s = l.strip(' \t')
    if not s:
        if cur:
            paras.append(cur); cur = []
        continue
    cur.append(s)
def join(parts):
    r = parts[0]
    for p in parts[1:]:
        if re.search(r'[A-Za-z0-9,.;:)]$', r) and re.match(r'[A-Za-z0-9(]', p):
            r += ' ' + p
        else:
            r += p
    return r
lines = [title] + [join(p) for p in paras]
open(out, 'w', encoding='utf-8').write('\n'.join(lines) + '\n')
print(out, len(lines), 'lines')
