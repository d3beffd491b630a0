#!/usr/bin/env python3
"""Tidy a gold written by make_md_doc.py: a range number ('10.1-2', '12.1-12.2') is the whole marker, and a
title keeps no leading ':'/'：' left over after a 第X章 marker. usage: tidy_titles.py GOLD.json"""
import json, re, sys
g = sys.argv[1]
d = json.load(open(g, encoding='utf-8'))
for h in d['headings']:
    m = re.match(r'^(-\d+(?:\.\d+)*)\s*(.*)$', h['title'])
    if h['marker'] and m:
        h['marker'] += m.group(1); h['title'] = m.group(2)
    h['title'] = h['title'].lstrip(':：').strip()
open(g, 'w', encoding='utf-8').write(json.dumps(d, ensure_ascii=False, indent=1) + '\n')
