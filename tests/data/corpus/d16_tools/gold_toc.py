#!/usr/bin/env python3
"""Gold for a PDF-extract text whose front matter has a table of contents (目錄): every TOC entry (wrapped entries
joined, leader dots and page number dropped) is found in order in the body, on the first body line (after the TOC)
that starts with the entry's marker and opening words; that line is the heading. Depth by the marker's kind in the
order 壹、 > 一、 > (一) > 1、 > (1). Marker as written on the body line; title = the TOC entry's text when the line holds it,
else the rest of that line (a heading that wraps keeps only its first line's part); trailing colon dropped. usage: gold_toc.py TXT TITLE TOC_FIRST TOC_LAST BODY_FIRST"""
import json, re, sys, os
txt, title, a, b, body0 = sys.argv[1], sys.argv[2], *map(int, sys.argv[3:6])
L = open(txt, encoding='utf-8').read().split('\n')
KINDS = [r'[壹貳參肆伍陸柒捌玖拾]、', r'[一二三四五六七八九十]+、', r'[(（]\s*[一二三四五六七八九十]+\s*[)）]',
         r'\d+\s*、', r'[(（]\s*\d+\s*[)）]']
MK = re.compile('^(' + '|'.join(KINDS) + r')\s*')
def kind(m):
    for i, k in enumerate(KINDS):
        if re.fullmatch(k, m): return i + 1
def norm(s): return re.sub(r'[\s\u3000]', '', s)
toc, buf = [], ''
for ln in range(a, b + 1):
    s = L[ln - 1].strip()
    if re.fullmatch(r'[IVXL]+', s) or not s: continue
    buf = buf + s if buf else s
    m = re.search(r'[.\s…]*\d+$', buf)
    if m and (re.search(r'\.{3,}', buf) or re.search(r'\s\d+$', buf)):
        toc.append(buf[:m.start()].rstrip('. '))
        buf = ''
assert not buf, buf
heads, ln = [], body0
def find(pred, start):
    for i in range(start, len(L) + 1):
        if pred(L[i - 1]): return i
    return None
for e in toc:
    m = MK.match(e); assert m, e
    key = norm(e)[:max(len(norm(m.group(1))) + 4, 6)]
    bare = norm(e[m.end():])
    i = find(lambda s: norm(s).startswith(key), ln)
    j = find(lambda s: norm(s) == bare, ln)   # the marker lost in the PDF text: the bare title on its own line
    assert i or j, ('not found', e)
    ln = min(x for x in (i, j) if x)
    s = L[ln - 1].strip()
    mm = MK.match(s)
    if mm and ln == i:
        rest, t = s[mm.end():].strip(), e[m.end():].strip()
        t = t if t in rest else rest   # a caption run into the heading's line is not part of its title
        heads.append({'depth': kind(norm(mm.group(1))), 'marker': mm.group(1).strip(), 'title': t.rstrip('：: '), 'line': ln})
    else:
        print('bare title for', e, 'at', ln)
        heads.append({'depth': kind(norm(m.group(1))), 'marker': '', 'title': s, 'line': ln})
    ln += 1
out = {'file': os.path.basename(txt), 'split': 'dev', 'fresh': False, 'title': title, 'headings': heads}
json.dump(out, open(os.path.join(os.path.dirname(txt), '..', 'gold', os.path.basename(txt)[:-4] + '.json'), 'w',
               encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(toc), 'toc entries', len(heads), 'headings')
