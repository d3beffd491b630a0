#!/usr/bin/env python3
# gold of f75_05: the six bold articles 第一条..第六条 (depth 1), each with its own title after the label
import sys; sys.path.insert(0, '/work/fresh75/tools')
from gold import write
f = 'f75_05_xieyi_huiyuan_fuwu_youseniu.txt'
L = open('/work/fresh75/docs/' + f, encoding='utf-8').read().split('\n')
spec = []
for i, l in enumerate(L, 1):
    s = l.strip()
    if s[:1] == '第' and s[2:3] == '条' and ' ' in s:
        spec.append([i, 1, s.split(' ', 1)[1].strip()])
write(f, L[0].strip(), spec)
