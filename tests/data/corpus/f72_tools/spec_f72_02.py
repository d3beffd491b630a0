#!/usr/bin/env python3
"""f72_02 gold: 一、 depth 1, （一） depth 2, at a line start. The 1./2. lines under （二）参赛形式 and （一）案例内容 are
run-in items ('团体赛：以科室为单位参赛……'), ① lines and Q1–Q6 are list items: not headings."""
import re, sys
sys.path.insert(0, '/work/fresh72/tools')
import gold
name = 'f72_02_fangan_ai_dasai.txt'
L = open('/work/fresh72/docs/' + name, encoding='utf-8').read().split('\n')
spec = []
for i, l in enumerate(L, 1):
    if re.match(r'^[一二三四五六七八九十]+、', l): spec.append([i, 1])
    elif re.match(r'^（[一二三四五六七八九十]+）', l): spec.append([i, 2])
gold.write(name, L[0].strip(), spec)
