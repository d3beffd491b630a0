#!/usr/bin/env python3
"""Gold of d83_04 (RoboGame 2022 竞技组比赛规则手册, the rules manual a university robot club issues for its
contest; WPS->PDF, pdf_layout.py; the cover is an image, so the file name is prepended as line 1 by txt_prepend_title.py).
Headings = the body's decimal-numbered titles at the left margin: 1.-6. depth 1, 1.1 depth 2, 3.1.1 depth 3, 4.2.1.1
depth 4 (depth = number of parts). Not headings: the table of contents (dot leaders, indented), page headers/footers
('RoboGame 2022', '© 2022 机器人俱乐部 n'), the indented numbered rule items ('    1. 更正比赛结束…'), table cells."""
import sys, os, re
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gold
name = 'd83_04_guize_robogame.txt'
L = open(os.path.join(gold.ROOT, 'docs', name), encoding='utf-8').read().split('\n')
spec = []
for i, l in enumerate(L, 1):
    m = re.match(r'^(\d+(?:\.\d+)+|\d+\.)\s*(\S.*)$', l)
    if i > 1 and m and '....' not in l:
        spec.append([i, len(m.group(1).rstrip('.').split('.'))])
gold.write(name, L[0].strip(), spec)
