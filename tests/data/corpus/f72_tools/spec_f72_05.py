#!/usr/bin/env python3
"""f72_05 gold: the report's own decimal numbering at a line start — '1. 选题依据' … '6. 本课题创新点' depth 1,
'1.1.' depth 2, '1.2.1.' depth 3, '1.2.8.1.' depth 4 (depth = number of parts) — and the unnumbered 参考文献 (depth 1).
Not headings: the numbered list items inside 1.2.4 (1. 高层级中间表示（HIR）：… 3. 中层级中间表示…) and 3.2.1 (1. 替换或改写…
2. 实现应用需要的系统调用), which are run-in definitions or steps: they have a '：' or run on as sentences, and their
numbers restart inside a subsection; the reference entries [1]…; the name/class line under the title."""
import re, sys
sys.path.insert(0, '/work/fresh72/tools')
import gold
name = 'f72_05_lunwen_kaiti_baogao.txt'
L = open('/work/fresh72/docs/' + name, encoding='utf-8').read().split('\n')
spec, top = [], 1
for i, l in enumerate(L, 1):
    s = l.strip()
    m = re.match(r'^(\d+(?:\.\d+)*)\.\s+(\S.*)$', s)
    if m:
        parts = m.group(1).split('.')
        if len(parts) == 1:
            if int(parts[0]) != top or '：' in s or len(m.group(2)) > 20:
                continue
            top += 1
        spec.append([i, len(parts)])
    elif s == '参考文献':
        spec.append([i, 1])
gold.write(name, L[0].strip(), spec)
