"""Add run-in article headings (e.g. '**第一條**（宗旨）…' -> a line starting '第一條') to a gold written by make_md_doc.py.
usage: add_runin.py NAME REGEX DEPTH  -- every text line matching REGEX (anchored at line start) becomes a heading of
DEPTH whose marker and title are the matched label (an article's title is its label); headings stay in line order."""
import json, re, sys
name, rx, depth = sys.argv[1], re.compile(sys.argv[2]), int(sys.argv[3])
g = f'/work/dev46/gold/{name}.json'
d = json.load(open(g, encoding='utf-8'))
L = open(f'/work/dev46/docs/{name}.txt', encoding='utf-8').read().split('\n')
have = {h['line'] for h in d['headings']}
for i, line in enumerate(L[1:], start=2):
    m = rx.match(line.strip())
    if m and i not in have:
        d['headings'].append({'depth': depth, 'marker': m.group(1), 'title': m.group(1), 'line': i})
d['headings'].sort(key=lambda h: h['line'])
json.dump(d, open(g, 'w', encoding='utf-8'), ensure_ascii=False, indent=0)
print(name, len(d['headings']))
