#!/usr/bin/env python3
"""d80_05: prepend the title line to the docx text, then write the gold (spec below; Q lines get marker 'QN：' and the
question up to its first ？/。 as title)."""
import re, sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gold
name = 'd80_05_huifu_taibei_shizhengfu.txt'
p = os.path.join(gold.ROOT, 'docs', name)
L = open(p, encoding='utf-8').read().split('\n')
if L[0] != 'A-02':
    L = ['A-02'] + L
    open(p, 'w', encoding='utf-8').write('\n'.join(L))
spec = {2: 1, 3: 2, 8: 2, 11: 3, 13: 3, 18: 3, 20: 3, 22: 2, 29: 2, 31: 3, 35: 3, 36: 4, 38: 4, 39: 5, 41: 5, 43: 5,
        45: 1, 47: 2, 49: 3, 52: 3, 55: 2, 59: 3, 61: 3, 63: 3, 65: 3, 71: 2, 73: 3, 75: 3, 77: 3, 79: 3}
out = []
for ln, d in sorted(spec.items()):
    s = L[ln - 1].strip(' \u3000')
    m = re.match(r'^(Q\d+：)(.*)$', s)
    if m:
        q = re.split(r'[？。?]', m.group(2))[0].strip()
        out.append([ln, d, q, m.group(1)])
    elif s.startswith('主題'):
        out.append([ln, d, s.split('：', 1)[1].rstrip('：'), s.split('：', 1)[0] + '：'])
    else:
        out.append([ln, d])
gold.write(name, 'A-02', out)
