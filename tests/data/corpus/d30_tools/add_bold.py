"""Add the source's stand-alone bold lines (**text** alone on a line, outside code fences) to a gold written by
make_md_doc.py, each one level below the Markdown heading it stands under (depth of that heading + 1; depth 1 when
none). The line is found in the converted text in order after the preceding heading. Marker/title split as gold.parse.
usage: add_bold.py SOURCE.md NAME [--skip REGEX]"""
import json, re, sys
sys.path.insert(0, '/work/dev30/tools')
import gold
src, name = sys.argv[1], sys.argv[2]
skip = sys.argv[sys.argv.index('--skip') + 1] if '--skip' in sys.argv else None
gp = f'/work/dev30/gold/{name}.json'
d = json.load(open(gp, encoding='utf-8'))
L = open(f'/work/dev30/docs/{name}.txt', encoding='utf-8').read().split('\n')
heads = d['headings']
bolds = []
fenced = False
for line in open(src, encoding='utf-8-sig').read().replace('\r\n', '\n').split('\n'):
    s = line.strip()
    if s.startswith('```'):
        fenced = not fenced
        continue
    if fenced:
        continue
    m = re.fullmatch(r'\*\*([^*]+)\*\*', s) or re.fullmatch(r'__([^_]+)__', s)
    if m and not (skip and re.search(skip, m.group(1))):
        bolds.append(m.group(1).strip())
pos = 0
new = []
for b in bolds:
    i = next(k for k in range(pos, len(L)) if L[k].strip() == b)
    pos = i + 1
    prev = [h for h in heads if h['line'] < i + 1]
    depth = prev[-1]['depth'] + 1 if prev else 1
    marker, title = gold.parse(L[i])
    new.append({'depth': depth, 'marker': marker, 'title': title, 'line': i + 1})
d['headings'] = sorted(heads + new, key=lambda h: h['line'])
json.dump(d, open(gp, 'w', encoding='utf-8'), ensure_ascii=False, indent=0)
print(name, len(new), 'bold headings added')
