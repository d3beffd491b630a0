#!/usr/bin/env python3
"""Gold of f76_10 (部门决算 PDF extract). Markers read from the line as written; the title is the rest of the line
(a wrapped title keeps only its first line's part). Table titles '表一 …' are the sub-parts of 第二部分 (the 目录 lists them)."""
import re, sys
sys.path.insert(0, '/work/fresh76/tools'); import gold
f = 'f76_10_juesuan_bumen_panyu.txt'
L = open('/work/fresh76/docs/' + f, encoding='utf-8').read().split('\n')
spec = [(30, 1), (33, 2), (40, 2), (118, 2),
        (134, 1), (137, 2), (179, 2), (219, 2), (264, 2), (300, 2), (348, 2), (373, 2), (410, 2), (433, 2),
        (463, 1), (466, 2), (505, 2), (530, 2), (567, 2), (572, 3), (607, 3), (643, 2), (659, 2), (664, 3), (667, 3),
        (673, 2), (683, 2), (693, 2),
        (724, 1), (812, 1)]
out = []
for ln, d in spec:
    s = L[ln - 1].strip(' \u3000')
    m = re.match(r'^(第[一二三四五]部分|表[一二三四五六七八九]|[一二三四五六七八九]、|（[一二]）|（二\))\s*(.*)$', s)
    out.append([ln, d, m.group(2).strip(), m.group(1)])
gold.write(f, '番禺区市桥城区教育指导中心', out)
