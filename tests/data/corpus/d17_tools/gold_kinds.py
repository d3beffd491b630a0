#!/usr/bin/env python3
"""Gold from a spec of (line, depth, kind): marker and title are read from the line as written (CJK compatibility
ideographs such as U+F96F 說 or U+F9D1 六 of a PDF extract kept as they are):
  label  'X：…'           -> marker '', title X (the label, no colon)
  case   '第一案：Y'       -> marker '第一案', title Y (the rest of the line)
  num    '（一）X：…' / '(一)X' / '伍、X：' / '1.X：…' -> marker the numbering, title the label before '：' (or the rest)
usage: gold_kinds.py DOC.txt TITLE SPEC_JSON"""
import json, re, sys
sys.path.insert(0, __file__.rsplit('/', 1)[0])
import gold
txt, title, spec = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
L = open(f'{gold.ROOT}/docs/{txt}', encoding='utf-8').read().split('\n')
NUM = re.compile(r'^(（[^）]{1,3}）|\([^)]{1,3}\)|[^\s、]{1,2}、|\d+\.)\s*')
out = []
for ln, depth, kind in spec:
    s = L[ln - 1].strip(' \u3000\t')
    if kind == 'label':
        marker, t = '', s.split('：')[0].strip()
    elif kind == 'case':
        marker, t = s.split('：', 1)[0], s.split('：', 1)[1].strip()
    elif kind == 'num':
        m = NUM.match(s)
        marker, rest = m.group(1), s[m.end():]
        t = rest.split('：')[0].strip() if '：' in rest else rest.rstrip('。 ')
    else:
        raise SystemExit(f'unknown kind {kind}')
    out.append([ln, depth, t, marker])
gold.write(txt, title, out, split='dev')
