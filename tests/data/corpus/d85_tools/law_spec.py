#!/usr/bin/env python3
"""Spec of a law-like text's headings: 第X章 (and 第X节) and 第X条 at a line start (full-width spaces
allowed before), each family only in sequence (a number out of sequence is reported, not taken).
usage: law_spec.py DOC.txt CHAPTER_DEPTH ARTICLE_DEPTH [SECTION_DEPTH] -> JSON list [line, depth] on stdout"""
import re, sys, json
CN = '一二三四五六七八九十百零'
D = {c: i for i, c in enumerate('零一二三四五六七八九')}
def num(s):
    if '百' in s:
        a, b = s.split('百'); return D[a] * 100 + (num(b.lstrip('零')) if b else 0)
    if '十' in s:
        a, b = s.split('十'); return (D[a] if a else 1) * 10 + (D[b] if b else 0)
    return D[s]
def spec(path, cd, ad, sd=None):
    L = open(path, encoding='utf-8').read().split('\n')
    exp = {'章': 1, '条': 1, '节': 1}
    out = []
    for i, l in enumerate(L, 1):
        s = l.strip(' \u3000')
        m = re.match(rf'^第([{CN}]+)([章节条])(?:[\u3000 ]|$)', s)
        if not m: continue
        k, n = m.group(2), num(m.group(1))
        if k == '节' and sd is None: continue
        if k == '节' and n == 1: exp['节'] = 1
        if n == exp[k]:
            out.append([i, {'章': cd, '条': ad, '节': sd}[k]]); exp[k] += 1
            if k == '章': exp['节'] = 1
        else:
            print('out of sequence:', i, s[:30], file=sys.stderr)
    return out
if __name__ == '__main__':
    a = sys.argv
    print(json.dumps(spec(a[1], int(a[2]), int(a[3]), int(a[4]) if len(a) > 4 else None)))
