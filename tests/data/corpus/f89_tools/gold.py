#!/usr/bin/env python3
"""Write a gold outline from a spec: list of (line, depth[, title override]).
Marker and title are read from the converted text's line: the marker is the leading
numbering (第X章/条/节, 一、, （一）, 1., 1.1, ①, （1） ...) and the title is the rest up to the
first full stop (run-in titles), trailing ：/:/。 dropped. Unnumbered headings get marker ''.
usage (from python): write(txtname, title, spec, split='heldout')"""
import json, re, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MARK = re.compile(r'^(第[一二三四五六七八九十百零〇\d]+[章节条篇部分编]之?[一二三四五六七八九十]*|'
                  r'[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\([一二三四五六七八九十]+\)|'
                  r'\d+(?:\.\d+)+\.?|\d+[\.．、]|（\d+）|\(\d+\)|[①-⑳]|附件\d*[：:]?)\s*')
def parse(line):
    s = line.strip(' \u3000\t')
    m = MARK.match(s)
    marker = m.group(1) if m else ''
    rest = s[m.end():] if m else s
    if marker and re.match(r'^第.+条', marker):
        title = marker  # an article's title is its label, as in the corpus's law golds (f4_03, f6_04)
    else:
        cut = rest.find('。')
        title = rest[:cut] if cut > 0 else rest
        title = title.rstrip('：:。 \u3000')
    return marker, title
def write(txt, title, spec, split='heldout', extra=None):
    lines = open(os.path.join(ROOT, 'docs', txt), encoding='utf-8').read().split('\n')
    hs = []
    for it in spec:
        ln, depth = it[0], it[1]
        marker, t = parse(lines[ln - 1])
        if len(it) > 2 and it[2] is not None:
            t = it[2]
        if len(it) > 3:
            marker = it[3]
        hs.append({'depth': depth, 'marker': marker, 'title': t, 'line': ln})
    d = {'file': txt, 'split': split, 'fresh': True, 'title': title, 'headings': hs}
    if extra: d.update(extra)
    out = os.path.join(ROOT, 'gold', txt[:-4] + '.json')
    json.dump(d, open(out, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    for h in hs:
        print(h['line'], h['depth'], repr(h['marker']), h['title'], '|', lines[h['line'] - 1][:40])
    return out
