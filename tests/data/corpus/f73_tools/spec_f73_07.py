#!/usr/bin/env python3
"""f73_07 gold (DOCX project initiation plan “SWOP”项目立项说明书, a 2019 hackathon team): the headings are those the
document's own table of contents lists, found in the body in order after the TOC block: depth 1 — 项目参与者： (a
Heading-3 paragraph that the TOC lists first), 概述 and 项目背景描述 (Heading 1 whose auto-numbers 1、2、 are lost in
the text), 3、成员描述, 4、业务需求描述, 5、开发员任务目标, 项目风险预估和管理 (Heading 1, number lost); depth 2 — 项目故事:,
技术可行性分析, 背景调查, 终端设备, 服务器 (list paragraphs the TOC lists under 2、), 4.1、/4.2、 (Heading 2).
Not headings: the TOC lines themselves, the revision-table cells, the member/task table cells, the requirement list
items, and the labels 安全性/可靠性/用户界面友好, 人事风险/外力风险/项目实施风险 (list paragraphs the TOC leaves out)."""
import sys
sys.path.insert(0, '/work/fresh73/tools')
import gold
name = 'f73_07_jihua_swop_lixiang.txt'
L = open('/work/fresh73/docs/' + name, encoding='utf-8').read().split('\n')
want = [('项目参与者：', 1), ('概述', 1), ('项目背景描述', 1), ('项目故事:', 2), ('技术可行性分析', 2), ('背景调查', 2),
        ('终端设备', 2), ('服务器', 2), ('3、成员描述', 1), ('4、业务需求描述', 1), ('4.1、功能性业务要求', 2),
        ('4.2、非功能性业务需求', 2), ('5、开发员任务目标', 1), ('项目风险预估和管理', 1)]
toc_end = L.index('目录') + 15  # the 14 TOC entry lines after '目录'
spec, pos = [], 0
for text, depth in want:
    i = L.index(text, toc_end if text != '项目参与者：' else 0)
    if text.startswith('4.'):
        spec.append([i + 1, depth, text[4:], text[:4]])
    else:
        spec.append([i + 1, depth])
gold.write(name, L[0].strip(), spec)
