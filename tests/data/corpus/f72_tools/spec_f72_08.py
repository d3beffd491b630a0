#!/usr/bin/env python3
"""f72_08 gold: the four question lines of the Q&A part (哪些电影票能用？… 一张票根能减免多少门票钱？), stand-alone
lines ending in ？ each followed by its 答：, depth 1. Not headings: the run-in paragraphs 关于水帘洞预约问题：… and
至于另一个网友的问题：… (the answer follows on the same line), the 答： lines, the [图片:…] placeholders."""
import re, sys
sys.path.insert(0, '/work/fresh72/tools')
import gold
name = 'f72_08_xinwen_sidu_piaogen.txt'
L = open('/work/fresh72/docs/' + name, encoding='utf-8').read().split('\n')
spec = [[i, 1] for i, l in enumerate(L, 1) if i > 1 and l.endswith('？') and len(l) < 40]
gold.write(name, L[0].strip(), spec)
