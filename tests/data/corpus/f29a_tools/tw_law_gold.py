#!/usr/bin/env python3
"""Gold of a Taiwan-style regulation text: 第X章 (depth 1), 第X節 (depth 2, inside its chapter) and 第N條 / 第X條 on a
line of its own (inserted 第N條之M included) (depth: one below the latest chapter/section, 1 when there is none), each family
taken only in sequence (節 restarts in each chapter); simplified 章/节/条 too; --runin also takes
articles whose text runs on after the label (第一条　为…), separators may be spaces, U+3000 or U+00A0. Marker = the label as written, title = the chapter/section name,
an article's title is its label. usage: tw_law_gold.py DOC.txt TITLE"""
import re, sys, os, json
sys.path.insert(0, os.path.dirname(__file__))
import gold
CN = '一二三四五六七八九十百零'
D = {c: i for i, c in enumerate('零一二三四五六七八九')}
def num(s):
    if s.isdigit(): return int(s)
    if '百' in s:
        a, b = s.split('百'); return D[a] * 100 + (num(b.lstrip('零')) if b else 0)
    if '十' in s:
        a, b = s.split('十'); return (D[a] if a else 1) * 10 + (D[b] if b else 0)
    return D[s]
doc, title = sys.argv[1], sys.argv[2]
RUNIN = '--runin' in sys.argv
L = open(os.path.join(gold.ROOT, 'docs', doc), encoding='utf-8').read().split('\n')
exp = {'章': 1, '節': 1, '條': 1}
cur = 0
spec = []
for i, l in enumerate(L, 1):
    if i == 1: continue
    s = l.strip(' \u3000\xa0')
    m = re.match(rf'^(第\s*([{CN}]+|\d+)\s*([章節條节条])(之(?:\d+|[{CN}]+))?)(?:[\u3000 \xa0]+(.*)|$)', s)
    if not m: continue
    lab, n, k, sub, rest = m.group(1), num(m.group(2)), m.group(3), m.group(4), (m.group(5) or '').strip(' \u3000')
    k = {'节': '節', '条': '條'}.get(k, k)
    if k == '條' and rest and not RUNIN: continue   # an article is a label line of its own here (unless --runin)
    if sub and k in '條条' and n == exp['條'] - 1:   # an inserted article (第N條之1) follows 第N條
        spec.append([i, cur + 1, lab, lab]); continue
    if n != exp[k]:
        print('out of sequence:', i, s[:30], file=sys.stderr); continue
    exp[k] += 1
    if k == '章':
        exp['節'] = 1; cur = 1; spec.append([i, 1, rest.strip(' \u3000\xa0'), lab])
    elif k == '節':
        cur = 2; spec.append([i, 2, rest.strip(' \u3000\xa0'), lab])
    else:
        spec.append([i, cur + 1, lab, lab])
gold.write(doc, title, spec)
