#!/usr/bin/env python3
"""Gold for f33_06 (a lecture handout rendered by a Vue template): the h2 chapter titles and h4 titles of the source,
plus the stand-alone numbered lines that title the block below them (（一）, 1., （1） with at most 16 characters of
title and no sentence inside, e.g. '2.答题技巧', '（1）自拟标题。'); numbered lines that run into their content
('1.要素：问题、影响…') are list items. Depth by the open numbering levels (章 > 一、 > （一） > 1. > （1）)."""
import re, json, html, sys
sys.path.insert(0, '/work/fresh33/tools')
import gold
src, txt = 'src/qiufengming_demo-vue_shenlun_pdf04.vue', 'f33_06_jiangyi_shenlun_fangfa.txt'
t = open('/work/fresh33/' + src, encoding='utf-8').read()
hs = set()
for m in re.finditer(r'(?is)<h([24])\b[^>]*>(.*?)</h\1>', t):
    s = re.sub(r'[ \t\r\n]+', ' ', html.unescape(re.sub(r'<[^>]+>', '', m.group(2)))).strip()
    hs.add(s)
L = open('/work/fresh33/docs/' + txt, encoding='utf-8').read().split('\n')
RANK = [(r'^第[一二三四五六七八九十]+章', 0), (r'^[一二三四五六七八九十]+、', 1), (r'^（[一二三四五六七八九十]+）', 2),
        (r'^\d+\.', 3), (r'^（\d+）', 4)]
cand = []   # (line, rank, is_htag, passes)
def rank_of(s):
    for rx, r in RANK:
        m = re.match(rx, s)
        if m:
            return r, s[m.end():]
    return None, None
for i, l in enumerate(L[1:], 2):
    s = l.strip()
    rank, rest = rank_of(s)
    if s in hs:
        cand.append([i, rank if rank is not None else 1, True, True]); continue
    if rank is None or rank < 2:
        continue
    body = rest.rstrip('：:。')
    nxt = L[i].strip() if i < len(L) else ''
    nr, _ = rank_of(nxt)
    ok = bool(body) and len(body) <= 16 and not re.search(r'[。；，：]', body) and nr != rank
    cand.append([i, rank, False, ok])
# a group of numbered siblings (same rank, same parent) counts only if every member titles a block
groups, parent = {}, []
for c in cand:
    while parent and parent[-1][1] >= c[1]:
        parent.pop()
    key = (parent[-1][0] if parent else 0, c[1])
    groups.setdefault(key, []).append(c)
    parent.append((c[0], c[1]))
keep = set()
for key, g in groups.items():
    if all(c[3] for c in g):
        keep.update(c[0] for c in g)
spec, stack = [], []
for i, rank, is_h, ok in cand:
    if i not in keep:
        continue
    while stack and stack[-1] >= rank:
        stack.pop()
    stack.append(rank)
    s = L[i - 1].strip()
    if s.startswith('第') and '|' in s:
        spec.append([i, len(stack), s.split('|', 1)[1].strip(), s.split('|')[0].strip()])
    else:
        spec.append([i, len(stack)])
gold.write(txt, L[0], spec)
