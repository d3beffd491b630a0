#!/usr/bin/env python3
"""Gold of f19_03 (study note with inconsistent Markdown levels): headings are the source's '#' lines and its bold
stand-alone lines; depth follows the numbering the note is written with (部分 > 章 > N.N > N.N.N > bold step labels),
because the '#' levels are used inconsistently (### 第1章 but #### 第2章; ##### 2.1 beside ##### 2.1.1)."""
import json, re, gold
NAME = 'f19_03_biji_zhongguo_AI_jishu_youshi'
src = open(f'{gold.ROOT}/src/Jason-Chen-2017_pycnblog_zhongguo_AI_jishu_youshi.md', encoding='utf-8').read().split('\n')
L = open(f'{gold.ROOT}/docs/{NAME}.txt', encoding='utf-8').read().split('\n')
heads = []  # (text as in the txt, kind)
for s in src:
    m = re.match(r'(#{2,6})\s+(.*)$', s)
    if m:
        heads.append(m.group(2).strip()); continue
    m = re.fullmatch(r'\*\*([^*]+)\*\*', s.strip())
    if m:
        heads.append(m.group(1).strip())
spec, pos, part = [], 0, None
for h in heads:
    ln = next(i for i in range(pos, len(L)) if L[i].strip() == h) + 1
    pos = ln
    t = h
    if re.match(r'第[一二三四五六七八九十]+部分：', t):
        d, mk, ti = 1, t[:t.index('：')], t[t.index('：') + 1:]; part = 'body'
    elif re.match(r'第\d+章：', t):
        d, mk, ti = 2, t[:t.index('：')], t[t.index('：') + 1:]
    elif re.match(r'\d+\.\d+\.\d+ ', t):
        d, mk, ti = 4, t.split(' ', 1)[0], t.split(' ', 1)[1]
    elif re.match(r'\d+\.\d+ ', t):
        d, mk, ti = 3, t.split(' ', 1)[0], t.split(' ', 1)[1]
    elif re.match(r'\d+\. ', t):
        d, mk, ti = 5, t.split(' ', 1)[0], t.split(' ', 1)[1].rstrip('：')
    elif t.startswith('附录A：'):
        if part == 'body': d = 2; part = 'appA1'
        else: d = 1; part = 'appA2'
        mk, ti = '附录A', t[len('附录A：'):]
    elif re.match(r'A\.\d+\.\d+ ', t):
        d = 4 if part == 'appA1' else 3; mk, ti = t.split(' ', 1)
    elif re.match(r'A\.\d+ ', t):
        d = 3 if part == 'appA1' else 2; mk, ti = t.split(' ', 1)
    elif t in ('文章结尾', '全文总结'):
        d, mk, ti = 1, '', t; part = 'end'
    elif t in ('未来展望：', '结束语：'):
        d, mk, ti = 3, '', t.rstrip('：')
    else:
        d, mk, ti = 2, '', t
    spec.append([ln, d, ti, mk])
gold.write(NAME + '.txt', '中国AI技术的优势与数据的重要性', spec)
