#!/usr/bin/env python3
"""Wrapper of gold.write for markers written with inner spaces in these sources ('第 1 0 条', '二 、').
usage: gold2.py TXT "TITLE" '[[line,depth(,title override(,marker override))],...]'"""
import sys, json, re, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gold
txt, title, spec = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
lines = open(os.path.join(gold.ROOT, 'docs', txt), encoding='utf-8').read().split('\n')
out = []
for it in spec:
    if len(it) > 2:
        out.append(it); continue
    s = lines[it[0] - 1].strip(' \u3000\t')
    m = re.match(r'^(第[\s\d一二三四五六七八九十百零〇]+?条)', s)
    if m:
        lab = m.group(1).strip()
        out.append([it[0], it[1], lab, lab]); continue
    m = re.match(r'^([一二三四五六七八九十]+\s+、)\s*', s)
    if m:
        rest = s[m.end():]; cut = rest.find('。')
        t = (rest[:cut] if cut > 0 else rest).rstrip('：:。 \u3000')
        out.append([it[0], it[1], t, m.group(1)]); continue
    out.append(it)
gold.write(txt, title, out)
