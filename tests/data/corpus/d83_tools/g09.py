#!/usr/bin/env python3
"""Gold of d83_09 (a team's Code Review guideline, hugoYe/Documents 'Code Review/README.MD'). The author wrote the
chapters as setext headings ('1. 作用' over a '------' line; GitHub renders these as list item + rule, but the
underlines show the author meant chapter titles) and the sections as '### 2.1 …' headings. Depth 1 = the setext
chapter lines 1.-5. and 7. (there is no 6. in the source), depth 2 = every '###' section (2.1-2.2, 3.1-3.11, 4.1-4.4),
marker and title read from the line (a sentence title is cut at its 。). Not headings: the numbered list items under
1. and 5. ('1. 通过大家…', '1. 每天提交代码前…', sentences and questions) and the 1、2、3、 references under 7."""
import sys, os, re
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gold
name = 'd83_09_guifan_codereview.txt'
src = open('src/hugoYe_Documents_Code Review_README.MD', encoding='utf-8').read().split('\n')
h3 = [re.sub(r'^###\s*', '', l).strip() for l in src if l.startswith('### ')]
L = open(os.path.join(gold.ROOT, 'docs', name), encoding='utf-8').read().split('\n')
spec = []
for i, l in enumerate(L, 1):
    if i < len(L) and re.fullmatch(r'-{3,}', L[i].strip()) and l.strip():
        spec.append([i, 1])
    elif l.strip() in h3:
        spec.append([i, 2])
gold.write(name, L[0].strip(), spec)
