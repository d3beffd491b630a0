#!/usr/bin/env python3
"""Spec for a law text whose contents list precedes the body: from line START on, 第X章 depth 1, 第X节 depth 2,
第X条 at a line start (full-width spaces allowed) depth 2, or 3 inside a 第X节. Articles are taken only in sequence
(an in-text cross-reference can never start a line here, but a number out of sequence is reported and skipped).
usage: f72_law_spec.py DOC.txt START -> JSON list [line, depth] on stdout"""
import json, re, sys
sys.path.insert(0, '/work/fresh72/tools')
from law_spec import num, CN
L = open(sys.argv[1], encoding='utf-8').read().split('\n')
start = int(sys.argv[2])
out, in_sec, nxt = [], False, 1
for i, l in enumerate(L, 1):
    if i < start:
        continue
    s = l.strip(' \u3000')
    m = re.match(rf'^第([{CN}]+)([章节条])(?:[\u3000 ]|$)', s)
    if not m:
        continue
    k = m.group(2)
    if k == '章':
        in_sec = False; out.append([i, 1])
    elif k == '节':
        in_sec = True; out.append([i, 2])
    elif num(m.group(1)) == nxt:
        out.append([i, 3 if in_sec else 2]); nxt += 1
    else:
        print('out of sequence:', i, s[:20], file=sys.stderr)
print(json.dumps(out))
