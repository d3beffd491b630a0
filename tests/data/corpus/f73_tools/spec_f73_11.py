#!/usr/bin/env python3
"""f73_11 gold (saved web page of CSU's Youth League site: notice announcing the 2020 summer social-practice projects,
converted one block a line): 一、抓好安全管理 … 四、经费发放说明 depth 1. Not headings: site navigation and breadcrumb
lines, the article title shown again and its hit-count/date/author line, the run-in 一是…/二是… points, the 1、–3、
sentence items under 四、 (payment steps), the closing requests, signature, attachment links, footer."""
import re, sys
sys.path.insert(0, '/work/fresh73/tools')
import gold
name = 'f73_11_tongzhi_zhongnan_lixiang_jieguo.txt'
L = open('/work/fresh73/docs/' + name, encoding='utf-8').read().split('\n')
spec = [[i, 1] for i, l in enumerate(L, 1) if re.match(r'^[一二三四五六七八九十]、', l.strip())]
gold.write(name, L[0].strip(), spec)
