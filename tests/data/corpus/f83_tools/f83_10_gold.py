#!/usr/bin/env python3
"""Gold of f83_10 (福建省教育厅 2026 人工智能赋能高校教育教学改革 notice attachments, buddhassonhonor/ainetwork 附件.pdf):
six attachments ("附件 1" … "附件 6" labels, not headings). Depth 1: each attachment's document titles — the 建设指南
title, the 申报书 title (cover page; where it wraps onto a second line "申报书", its first line is marked) and the 附件 6
汇总表 title. Depth 2: inside each 申报书 the 填报说明/填写说明/填表说明 page and the sections 一、… 十二、. Depth 3: in the
附件 5 案例申报书 the titled run-in items （一）主要创新内容。… under 四、 and （一）案例获奖情况。… under 六、; the
（一）–（四） under 五、 are sentence prompts and are not headings. The guides' numbered paragraphs (1.…6.), cover fields,
table cells, seals and dates are not headings."""
import re, sys
sys.path.insert(0, '/work/fresh83/tools')
from gold import write
TXT = 'f83_10_gongwen_fujian_rengongzhineng_kecheng.txt'
L = open('/work/fresh83/docs/' + TXT, encoding='utf-8').read().split('\n')
spec = []
for i, l in enumerate(L, 1):
    s = l.strip()
    if re.search(r'(建设指南|申报汇总表)$', s) or re.fullmatch(r'福建省高校\S*(申报书)?', s) and i > 3:
        spec.append([i, 1])
    elif s in ('填报说明', '填写说明', '填表说明'):
        spec.append([i, 2])
    elif re.match(r'^[一二三四五六七八九十]+、', s):
        spec.append([i, 2])
    elif i > 1240 and re.match(r'^（[一二三四]）[^。]{2,12}。', s) and not s.startswith(('（一）说明', '（二）说明', '（三）在整个', '（四）案例在应用')):
        spec.append([i, 3])
write(TXT, '附件', spec)
