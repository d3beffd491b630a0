#!/usr/bin/env python3
# gold of f75_10: ## 1./2. parts and the unnumbered ## 可能的研究点 and # Reference depth 1 (the # MEC heading is the
# title); the stand-alone （1）（2）（3） sub-parts depth 2 and their （a）（b）（c） sub-sub-parts depth 3; the two numbered
# research points under 可能的研究点 ('1.', '3.' — the source skips 2.) depth 2; the ### [n] citation lines are not headings.
import sys; sys.path.insert(0, '/work/fresh75/tools')
from gold import write  # (a)/(b)/(c) markers given here: gold.py's pattern knows no Latin letters
write('f75_10_zongshu_mec_jisuan_xiezai.txt', 'MEC',
      [[3, 1], [7, 1], [13, 2], [17, 3, '以权衡时延与能量为目标', '（a）'], [23, 2], [27, 3, '单节点分配', '（a）'],
       [29, 3, '多节点分配', '（b）'], [33, 2], [35, 3, '移动性管理', '（a）'], [42, 3, '安全性', '（b）'], [55, 3, '干扰性管理', '（c）'],
       [63, 1], [65, 2], [69, 2], [73, 1]])
