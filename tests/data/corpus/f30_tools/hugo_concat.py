#!/usr/bin/env python3
"""Concatenate the section pages of a Hugo book (front matter: title, weight, rank "h1".."h4") into one Markdown
file in weight order: each page becomes a heading line ('#' * (rank + 1), so h1 pages are '##') with its title,
followed by the page body as written (front matter dropped). The book's title goes into new front matter.
usage: hugo_concat.py ROOT OUT.md "BOOK TITLE" DIR [DIR ...]"""
import os, re, sys
root, out, book = sys.argv[1], sys.argv[2], sys.argv[3]
pages = []
for d in sys.argv[4:]:
    for dp, _, fs in os.walk(os.path.join(root, d)):
        for f in fs:
            if f.endswith('.md'):
                t = open(os.path.join(dp, f), encoding='utf-8').read()
                m = re.match(r'---\n(.*?)\n---\n', t, re.S)
                fm = m.group(1)
                title = re.search(r'^title:\s*"(.*)"', fm, re.M).group(1)
                weight = int(re.search(r'^weight:\s*(\d+)', fm, re.M).group(1))
                rank = int(re.search(r'^rank:\s*"h(\d)"', fm, re.M).group(1))
                pages.append((weight, rank, title, t[m.end():].strip('\n')))
pages.sort()
o = ['---', 'title: ' + book, '---', '']
for w, r, title, body in pages:
    o += ['#' * (r + 1) + ' ' + title, '', body, '']
open(out, 'w', encoding='utf-8').write('\n'.join(o))
print(out, len(pages), 'pages')
