#!/usr/bin/env python3
"""Gold for a law-like text whose labels are written with spaces ('第 一 章  總則', '第 十二 條  ...', '第十一條 ...'):
every line starting with 第X章 (depth 1) or 第X條/条 (depth 2); marker = the label as written (spaces kept);
a chapter's title = the rest of the line, an article's title = its label (corpus convention). Sequence is checked.
usage: spaced_law_gold.py DOC.txt TITLE"""
import json, os, re, sys
CN = '一二三四五六七八九十百零〇'
def val(s):
    s = s.replace(' ', '')
    d = {c: i for i, c in enumerate('零一二三四五六七八九')}
    if s.startswith('十'): s = '一' + s
    n, cur = 0, 0
    for c in s:
        if c == '百': n += (cur or 1) * 100; cur = 0
        elif c == '十': n += (cur or 1) * 10; cur = 0
        else: cur = d[c]
    return n + cur
doc, title = sys.argv[1], sys.argv[2]
L = open(doc, encoding='utf-8').read().split('\n')
hs, seq = [], {'章': 0, '條': 0}
for i, l in enumerate(L, 1):
    m = re.match(rf'^(第[ {CN}]+?(章|條|条))\s*(.*)$', l)
    if not m: continue
    kind = '條' if m.group(2) in '條条' else '章'
    n = val(m.group(1)[1:-1])
    assert n == seq[kind] + 1, (i, l)
    seq[kind] = n
    marker = m.group(1)
    hs.append({'depth': 1 if kind == '章' else 2, 'marker': marker,
               'title': m.group(3).strip() if kind == '章' else marker, 'line': i})
name = os.path.basename(doc)
out = os.path.join('/work/fresh27/gold', name[:-4] + '.json')
json.dump({'file': name, 'split': 'heldout', 'fresh': True, 'title': title, 'headings': hs},
          open(out, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(out, len(hs), 'headings')
