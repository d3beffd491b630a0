"""Add stand-alone bold lines that title a block (already de-bolded by make_md_doc.py) to a gold as headings one
level below the heading they stand under; marker '', title without a trailing colon.
usage: add_bold.py NAME PREFIX [PREFIX ...]  -- every text line that starts with one of the PREFIXes becomes a heading."""
import json, sys
name, prefixes = sys.argv[1], sys.argv[2:]
g = f'/work/dev46/gold/{name}.json'
d = json.load(open(g, encoding='utf-8'))
L = open(f'/work/dev46/docs/{name}.txt', encoding='utf-8').read().split('\n')
have = {h['line'] for h in d['headings']}
new = []
for i, line in enumerate(L[1:], start=2):
    s = line.strip()
    if i not in have and any(s.startswith(p) for p in prefixes):
        above = [h for h in d['headings'] if h['line'] < i]
        new.append({'depth': (above[-1]['depth'] + 1) if above else 1, 'marker': '',
                    'title': s.rstrip('：:').rstrip(), 'line': i})
d['headings'] = sorted(d['headings'] + new, key=lambda h: h['line'])
json.dump(d, open(g, 'w', encoding='utf-8'), ensure_ascii=False, indent=0)
print(name, 'added', len(new), [h['title'] for h in new])
