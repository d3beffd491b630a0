#!/usr/bin/env python3
"""f73_01 gold (thesis proposal 开题报告, Markdown): the four '## 1.'…'## 4.' sections depth 1; depth 2: the
（一）/(二）/（三） part titles of 2. 文献综述 (stand-alone lines, the source's own mixed brackets kept), the bold
（1）–（3） problem titles of 3., and in 4. the （1）–（3） research-content titles, '2实验方案：' and the damaged
'3. 进度安排***\\*进度安排：\\****' line (the author's own 2/3 numbering of the section's parts); depth 3: the
(1)–(5) step titles under 实验方案 (short stand-alone titles each followed by its paragraph).
Not headings: the （1）–（3） sentences closing 2. (full-sentence list items ending in 。), reference entries [n],
the dated schedule lines under 进度安排."""
import re, sys
sys.path.insert(0, '/work/fresh73/tools')
import gold
name = 'f73_01_lunwen_kaiti_feijiejie.txt'
L = open('/work/fresh73/docs/' + name, encoding='utf-8').read().split('\n')
spec, sec = [], 0
for i, l in enumerate(L, 1):
    s = l.strip()
    if i == 1 or not s:
        continue
    m = re.match(r'^([1-4])\. (\S+)', s)
    if m and int(m.group(1)) == sec + 1 and not s.startswith('3. 进度安排'):
        sec += 1; spec.append([i, 1]); continue
    if sec == 2 and re.match(r'^[（(][一二三][）)]', s):
        spec.append([i, 2, None, re.match(r'^[（(][一二三][）)]', s).group(0)])
    elif sec in (3, 4) and re.match(r'^（[1-3]）', s) and not s.endswith('。'):
        spec.append([i, 2])
    elif sec == 4 and s.startswith('2实验方案'):
        spec.append([i, 2, '实验方案', '2'])
    elif sec == 4 and re.match(r'^\([1-5]\) ', s):
        spec.append([i, 3])
    elif sec == 4 and s.startswith('3. 进度安排'):
        spec.append([i, 2, '进度安排'])
gold.write(name, L[0].strip(), spec)
