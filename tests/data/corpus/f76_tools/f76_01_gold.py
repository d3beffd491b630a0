#!/usr/bin/env python3
"""Gold of f76_01 (thesis PDF extract): 摘要/Abstracts, chapters '1 引言'…'7 总结与展望' (bare number = marker),
decimal sections by their own depth, 参考文献, 致谢. The 目录 block (dotted leader lines) and body lines are skipped."""
import re, sys
sys.path.insert(0, '/work/fresh76/tools'); import gold
f = 'f76_01_lunwen_biye_jiudian.txt'
L = open('/work/fresh76/docs/' + f, encoding='utf-8').read().split('\n')
spec = [[23, 1], [45, 1]]
for i, l in enumerate(L, 1):
    if i < 130: continue                      # cover, abstracts, 目录
    m = re.match(r'^\s*(\d+(?:\.\d+)*)\s+(\S.*)$', l)
    if m and '....' not in l and i != 158:    # 158: a body line starting '40 天就能…'
        num, t = m.group(1), m.group(2).strip()
        spec.append([i, num.count('.') + 1] + ([t, num] if '.' not in num else []))
spec += [[1079, 1], [1115, 1]]
gold.write(f, '基于人证核验的共享酒店住宿信息管理系统——用户端APP', spec)
