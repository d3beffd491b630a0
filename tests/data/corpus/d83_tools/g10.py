#!/usr/bin/env python3
"""Gold of d83_10 (a student team's design report for the 2025 national electronics design contest, WPS->PDF,
pdf_layout.py): chapters 一、…六、 = depth 1, sections 1.1… = depth 2, 3.2.1/3.2.2 = depth 3, and the stand-alone
appendix label '附' (over the debugging photo) = depth 1. Not headings: the cover lines (line 1 is the contest name,
as extracted), the report's own title 'E 题：简易自行瞄准装置', the run-in '摘要：' paragraph, '方案一/方案二' paragraphs,
figure captions and the test table cells."""
import sys, os, re
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gold
name = 'd83_10_shejibaogao_zimiaozhunzhuangzhi.txt'
L = open(os.path.join(gold.ROOT, 'docs', name), encoding='utf-8').read().split('\n')
spec = []
for i, l in enumerate(L, 1):
    s = l.strip()
    if re.match(r'^[一二三四五六]、', s):
        spec.append([i, 1])
    elif re.match(r'^\d\.\d\.\d\s+\S', s):
        spec.append([i, 3])
    elif re.match(r'^\d\.\d\s+\S', s) and not l.startswith('    '):
        spec.append([i, 2])
    elif s == '附':
        spec.append([i, 1])
gold.write(name, L[0].strip(), spec)
