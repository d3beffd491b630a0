#!/usr/bin/env python3
"""Hand edits of a gold written by make_md_doc.py (dev set 38), all from the source's own structure:
  cn_dot      -- split a '一. ' / '（一）' style marker off a heading title that make_md_doc.py left whole
  add         -- add headings at given text lines (marker and title read from the line by gold.parse)
  drop        -- remove headings at given text lines
  setdepth    -- set depths of headings at given lines
  whole       -- headings whose leading number is part of the title: marker '', title = the whole line
usage (python): edit(name, cn_dot=True, add=[(line, depth), ...], drop=[line, ...], setdepth={line: depth})"""
import json, re, os
import gold
ROOT = '/work/dev38'
CN = re.compile(r'^([一二三四五六七八九十]+[\.．、]|（[一二三四五六七八九十]+）|[IVX]+\.)\s*(.*)$')
def edit(name, cn_dot=True, add=(), drop=(), setdepth=None, titles=None, whole=(), markers=None):
    p = os.path.join(ROOT, 'gold', name + '.json')
    d = json.load(open(p, encoding='utf-8'))
    lines = open(os.path.join(ROOT, 'docs', name + '.txt'), encoding='utf-8').read().split('\n')
    hs = [h for h in d['headings'] if h['line'] not in set(drop)]
    if cn_dot:
        for h in hs:
            m = CN.match(h['title'])
            if not h['marker'] and m:
                h['marker'], h['title'] = m.group(1), m.group(2)
    for ln, depth in add:
        marker, t = gold.parse(lines[ln - 1])
        hs.append({'depth': depth, 'marker': marker, 'title': t, 'line': ln})
    for h in hs:
        if setdepth and h['line'] in setdepth:
            h['depth'] = setdepth[h['line']]
        if h['line'] in set(whole):   # a number that is part of the title (a version, '32 位'), not a section marker
            h['title'] = lines[h['line'] - 1].strip(' \u3000\t').rstrip('：:'); h['marker'] = ''
        if markers and h['line'] in markers:
            h['marker'] = markers[h['line']]
        if titles and h['line'] in titles:
            h['title'] = titles[h['line']]
    for h in hs:
        h['title'] = h['title'].rstrip('：: ')   # no gold title keeps a trailing colon
    hs.sort(key=lambda h: h['line'])
    d['headings'] = hs
    d['split'], d['fresh'] = 'dev', False
    json.dump(d, open(p, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    for h in hs:
        print(h['line'], h['depth'], repr(h['marker']), h['title'])
