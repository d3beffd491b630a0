#!/usr/bin/env python3
"""f73_08 gold (DOCX software requirements specification of a university online Q&A system, 2018): body headings after
the table of contents block. Depth 1: the eight parts the TOC lists (一、引言 … 八、目标系统的假设和约束条件; in the body
only 一、 keeps its number, 二、–八、 are Word auto-numbers lost in the text, so those lines read 概述, 现有系统概述 …);
depth 2: 1.1 … 8.2 (decimal, incl. the run-in '6.2 硬件接口：1. CPU…' and '6.3 软件接口： 1. 客户端…' whose
titles are the words before '：'); depth 3: the 4.x.1. 用例说明 / 4.x.2. 用例描述 subsections. Not headings: the TOC
lines, the title page, role-table cells, the numbered fields 1.用例角色：…, the (1)… flow steps, (E1)… exceptions,
the 1.–9. hardware list."""
import re, sys
sys.path.insert(0, '/work/fresh73/tools')
import gold
name = 'f73_08_jishu_xuqiu_zaixian_dayi.txt'
L = open('/work/fresh73/docs/' + name, encoding='utf-8').read().split('\n')
top = ['一、引言', '概述', '现有系统概述', '功能需求', '非功能需求', '界面与接口需求', '项目时间计划', '目标系统的假设和约束条件']
start = L.index('一、引言', L.index('目录') + 5)
spec = []
for i in range(start, len(L)):
    s = L[i].strip()
    if s in top:
        spec.append([i + 1, 1]); continue
    m = re.match(r'^(\d+\.\d+)(\.\d+\.)?\s*([^：:0-9(（]+)[：:]?', s)
    if m and int(m.group(1).split('.')[0]) <= 8:
        if m.group(2):
            spec.append([i + 1, 3])
        elif m.group(1) in ('6.2', '6.3'):
            spec.append([i + 1, 2, m.group(3).strip()])
        else:
            spec.append([i + 1, 2])
gold.write(name, L[0].strip(), spec)
