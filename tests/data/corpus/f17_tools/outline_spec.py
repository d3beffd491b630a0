#!/usr/bin/env python3
"""Spec of a 公文's numbered section headings: lines starting with 一、 / （一） / 1、 (arabic number with 、),
each family nested under the closest preceding higher family (so '1、' directly under '二、' is depth 2,
under '（二）' depth 3); lines before the first 一、 are skipped. Prints JSON [line, depth].
usage: outline_spec.py DOC.txt"""
import re, sys, json
L = open(sys.argv[1], encoding='utf-8').read().split('\n')
out, d1, d2 = [], False, False
for i, l in enumerate(L, 1):
    s = l.strip(' \u3000')
    if re.match(r'^[一二三四五六七八九十]+、', s):
        out.append([i, 1]); d1, d2 = True, False
    elif re.match(r'^（[一二三四五六七八九十]+）', s) and d1:
        out.append([i, 2]); d2 = True
    elif re.match(r'^\d+、', s) and d1:
        out.append([i, 3 if d2 else 2])
print(json.dumps(out))
