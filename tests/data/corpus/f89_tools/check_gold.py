#!/usr/bin/env python3
"""Check every gold against its text: the file exists, each heading's line starts (after spaces) with its
marker and contains its title, lines ascend, depths step down by at most one level at a time."""
import json, glob, os, sys
R = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ok = True
for g in sorted(glob.glob('' + R + '/gold/*.json')):
    d = json.load(open(g, encoding='utf-8'))
    L = open(os.path.join('' + R + '/docs', d['file']), encoding='utf-8').read().split('\n')
    prev_line, prev_depth = 0, 0
    errs = []
    for h in d['headings']:
        s = L[h['line'] - 1].strip(' \u3000\t\xa0')
        if not s.startswith(h['marker']) or h['title'] not in s:
            errs.append(('text', h))
        if h['line'] <= prev_line: errs.append(('order', h))
        if h['depth'] > prev_depth + 1: errs.append(('depth jump', h))
        prev_line, prev_depth = h['line'], h['depth']
    need = {'file', 'split', 'fresh', 'title', 'headings'}
    if need - set(d): errs.append(('keys', need - set(d)))
    if L[0].strip() != d['title']: errs.append(('title != line 1', d['title'], L[0]))
    print(os.path.basename(g), len(d['headings']), 'OK' if not errs else errs[:3])
    ok &= not errs
sys.exit(0 if ok else 1)
