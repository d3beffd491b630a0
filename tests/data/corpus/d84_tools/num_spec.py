#!/usr/bin/env python3
"""Spec of a numbered document's headings from its own numbering: lines (leading spaces allowed) starting
with 一、 (depth 1) or a decimal 2.1 / 3.2.1 (depth = number of parts), plus listed extra lines.
usage (python): spec(txt, extra={line: depth}, skip={lines}, cn_depth=1, dec_offset=1): a decimal of n parts gets depth n-1+dec_offset"""
import re
def spec(path, extra=None, skip=(), cn_depth=1, dec_offset=1, start=2, dec=True):
    L = open(path, encoding='utf-8').read().split('\n')
    out = []
    for i, l in enumerate(L, 1):
        if i < start or i in skip: continue
        s = l.strip(' \u3000\t')
        if re.match(r'^[一二三四五六七八九十]+、', s):
            out.append([i, cn_depth])
        elif dec and re.match(r'^\d+(\.\d+)+(?![\d.])', s):
            n = len(re.match(r'^\d+(\.\d+)+', s).group(0).split('.'))
            out.append([i, n - 1 + dec_offset])
    for k, v in (extra or {}).items():
        out.append([k, v])
    return sorted(out)
