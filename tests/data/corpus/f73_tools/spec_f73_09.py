#!/usr/bin/env python3
"""f73_09 gold (PDF of a work report on government-affairs openness by the Shanxi Department of Natural Resources, 2018,
no title line in the PDF: the file name 省自然资源厅 is put before it with txt_with_title.py): 一、二、三、 depth 1; the
(一)…(四) and (一)…(五) titles under 一、 and 三、 depth 2 (stand-alone lines ending in 。, each followed by its
paragraphs; the brackets as written, half-width, and once '（一)' with a full-width opening bracket). Not headings:
the run-in 一是…/二是… points inside paragraphs, page numbers -n-."""
import re, sys
sys.path.insert(0, '/work/fresh73/tools')
import gold
name = 'f73_09_baogao_ziranziyuan_zhengwu_gongkai.txt'
L = open('/work/fresh73/docs/' + name, encoding='utf-8').read().split('\n')
spec = []
for i, l in enumerate(L, 1):
    s = l.strip(' \u3000')
    if re.match(r'^[一二三四五六七八九十]、', s):
        spec.append([i, 1])
    else:
        m = re.match(r'^([（(][一二三四五六七八九十][）)])(.+?)。?$', s)
        if m:
            spec.append([i, 2, m.group(2), m.group(1)])
gold.write(name, L[0].strip(), spec)
