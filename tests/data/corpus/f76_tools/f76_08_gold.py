#!/usr/bin/env python3
"""Gold of f76_08 (需求规格说明书 .docx): body headings after the 目录 lines (which carry page numbers): '1．引言' depth 1,
'1.1编写目的' depth 2. Numbered list items ('1.本地数据采集…') are not headings."""
import re, sys
sys.path.insert(0, '/work/fresh76/tools'); import gold
f = 'f76_08_jishu_xuqiu_lizisepu.txt'
L = open('/work/fresh76/docs/' + f, encoding='utf-8').read().split('\n')
spec = []
for i, l in enumerate(L, 1):
    if i < 28: continue                                  # title + table of contents (lines 2-27)
    if re.match(r'^\d+．', l): spec.append([i, 1])
    elif re.match(r'^\d+\.\d+', l): spec.append([i, 2])
gold.write(f, '离子色谱仪需求规格说明书', spec)
