#!/usr/bin/env python3
"""Add a Markdown source's bold stand-alone lines (a whole line **...**, matching REGEX on its inner text) to the gold
that make_md_doc.py wrote, one level below the nearest Markdown heading above it. The converted line is found in order
as the bold text with ** removed. usage: addbold.py SRC.md NAME REGEX"""
import json, re, sys
src, name, rx = sys.argv[1], sys.argv[2], re.compile(sys.argv[3])
ROOT = '/work/fresh42'
bold = []
fenced = False
for l in open(src, encoding='utf-8-sig').read().replace('\r\n', '\n').split('\n'):
    if l.strip().startswith('```'):
        fenced = not fenced; continue
    m = re.fullmatch(r'\s*\*\*([^*]+)\*\*\s*-?\s*', l)
    if not fenced and m and rx.search(m.group(1).strip()):
        bold.append(m.group(1).strip())
gp = f'{ROOT}/gold/{name}.json'
d = json.load(open(gp, encoding='utf-8'))
L = open(f'{ROOT}/docs/{name}.txt', encoding='utf-8').read().split('\n')
heads = sorted(d['headings'], key=lambda h: h['line'])
new, i = [], 0
for b in bold:
    while i < len(L) and L[i].strip().rstrip(' -') != b:
        i += 1
    assert i < len(L), b
    above = [h for h in heads if h['line'] < i + 1]
    depth = (above[-1]['depth'] + 1) if above else 1
    m = re.match(r'(\d+、|第[一二三四五六七八九十]+个问题：)?\s*(.*)', b)
    marker = m.group(1) or ''
    title = re.sub(r'[：:]$', '', m.group(2)) if marker and not marker.startswith('第') else b.rstrip('：:')
    title = title.split('。')[0] or title   # a run-in title is cut at the first 。
    if marker.startswith('第'):
        marker = ''
    new.append({'depth': depth, 'marker': marker, 'title': title, 'line': i + 1})
    i += 1
d['headings'] = sorted(heads + new, key=lambda h: h['line'])
json.dump(d, open(gp, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(name, len(new), 'bold lines added;', len(d['headings']), 'headings')
