#!/usr/bin/env python3
"""f72_10 gold: 序言 (the preamble's own title line) depth 1; 第X章 depth 1; 第X节 (only in 第三章) depth 2; 第X条 at a
line start (after full-width spaces) depth 2, or 3 inside a 第X节 — via f71_law_spec.py from line 3 (articles taken only
in sequence; all 138 are found). In-text references (依照本法第…条) never start a line here."""
import json, subprocess, sys
sys.path.insert(0, '/work/fresh72/tools')
import gold
name = 'f72_10_falv_xianfa_2004.txt'
p = '/work/fresh72/docs/' + name
L = open(p, encoding='utf-8').read().split('\n')
spec = json.loads(subprocess.run([sys.executable, '/work/fresh72/tools/f71_law_spec.py', p, '3'], check=True,
                                 capture_output=True, text=True).stdout)
pre = [i for i, l in enumerate(L, 1) if l.strip(' \u3000') == '序言']
assert len(pre) == 1
spec = sorted(spec + [[pre[0], 1]])
gold.write(name, L[0].strip(), spec)
