#!/usr/bin/env python3
"""Gold of d83_06 (a teacher's lecture notes 纳什均衡案例分析, Word->PDF, pdf_layout.py): '1. 案例分析' = depth 1 and its
numbered case sections 1.1.-1.8. = depth 2, found by their decimal numbers at a line start. Line 1 is the running page
header (kept as extracted); the cover title 第一课.2 纳什均衡案例分析 is the document's own title, not an outline entry.
The run-in '案例 N …：' paragraphs, '作业 1.x:' exercises, figure captions and formula lines are not headings."""
import sys, os, re
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gold
name = 'd83_06_jiangyi_nashijunheng.txt'
L = open(os.path.join(gold.ROOT, 'docs', name), encoding='utf-8').read().split('\n')
spec = []
for i, l in enumerate(L, 1):
    m = re.match(r'^\s*(\d+)\.(?:(\d+)\.)?\s+(\S.*)$', l)
    if m and m.group(1) == '1' and not re.match(r'^\d', m.group(3)):
        spec.append([i, 2 if m.group(2) else 1])
gold.write(name, L[0].strip(), spec)
