"""The page opens with a heading that make_md_doc.py took for the title, but the document's title is another
(e.g. the file name): put TITLE as line 1, keep the old first line as a heading of depth 1 and push the others one
level down.  usage: retitle.py NAME TITLE"""
import json, sys
name, title = sys.argv[1], sys.argv[2]
g, t = f'/work/dev46/gold/{name}.json', f'/work/dev46/docs/{name}.txt'
d = json.load(open(g, encoding='utf-8'))
L = open(t, encoding='utf-8').read().split('\n')
old = L[0]
L = [title, ''] + L
for h in d['headings']:
    h['line'] += 2
    h['depth'] += 1
d['headings'].insert(0, {'depth': 1, 'marker': '', 'title': old, 'line': 3})
d['title'] = title
open(t, 'w', encoding='utf-8').write('\n'.join(L))
json.dump(d, open(g, 'w', encoding='utf-8'), ensure_ascii=False, indent=0)
