"""Concatenate a GitBook's pages in SUMMARY.md order into one Markdown file and list each heading's depth:
a page at SUMMARY nesting n (1 = top item) has its first heading at depth n, and the page's later headings
at n + (their # level - the first heading's # level). README.md goes first, see below. usage: gitbook_concat.py BOOKDIR OUT.md OUT_depths.json"""
import json, re, sys, os
book, out, dout = sys.argv[1:4]
pages = []
for line in open(os.path.join(book, 'SUMMARY.md'), encoding='utf-8'):
    m = re.match(r'^(\s*)\* \[(.*?)\]\((.*?)\)', line)
    if m:
        pages.append((len(m.group(1).expandtabs(4)) // 4 + 1, m.group(3)))
# GitBook shows README.md first (the introduction); its first heading is the book's title line, not a heading,
# and its other headings count from depth 1 at its own level (a page at nesting n: n + level - first level).
pages = [(0, 'README.md')] + pages
parts, depths = [], []
for n, p in pages:
    text = open(os.path.join(book, p), encoding='utf-8').read()
    first = None
    infence = False
    for l in text.split('\n'):
        if l.startswith('```'):
            infence = not infence
        m = None if infence else re.match(r'^(#{1,6})\s', l)
        if m:
            lev = len(m.group(1))
            if first is None:
                first = lev
                if n == 0:
                    continue
            depths.append(max(n, 1) + lev - first)
    parts.append(text.rstrip('\n'))
open(out, 'w', encoding='utf-8').write('\n\n'.join(parts) + '\n')
json.dump(depths, open(dout, 'w'))
print(len(pages), 'pages', len(depths), 'headings')
