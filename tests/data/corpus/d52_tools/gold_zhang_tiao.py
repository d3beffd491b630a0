#!/usr/bin/env python3
"""Gold for a charter/rules text whose chapters '第X章、title' (or '第X章 title') and articles '第X條、…' stand at line
starts, each family only in sequence. Chapter: marker '第X章', title the rest (separator dropped), depth CD; article:
marker = title = the label '第X條', depth AD (chapter-less texts: AD only).
usage: gold_zhang_tiao.py DOC.txt TITLE CD AD [FIRST_LINE LAST_LINE]"""
import re, sys, json, os
sys.path.insert(0, os.path.dirname(__file__))
from law_spec import num
doc, title, cd, ad = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
L = open(doc, encoding='utf-8').read().split('\n')
lo, hi = (int(sys.argv[5]), int(sys.argv[6])) if len(sys.argv) > 6 else (1, len(L))
CN = '一二三四五六七八九十百零'
exp = {'章': 1, '條': 1}
hs = []
for i in range(lo, hi + 1):
    s = L[i - 1].strip(' \u3000')
    m = re.match(rf'^(第([{CN}]+)([章條]))[、　 ：:]?\s*(.*)', s)
    if not m or num(m.group(2)) != exp[m.group(3)]:
        continue
    exp[m.group(3)] += 1
    if m.group(3) == '章':
        hs.append({'depth': cd, 'marker': m.group(1), 'title': m.group(4).strip(), 'line': i})
    else:
        hs.append({'depth': ad, 'marker': m.group(1), 'title': m.group(1), 'line': i})
name = os.path.basename(doc)
d = {'file': name, 'split': 'dev', 'fresh': False, 'title': title, 'headings': hs}
json.dump(d, open(os.path.join('/work/dev52/gold', name[:-4] + '.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(name, len(hs), 'headings')
