#!/usr/bin/env python3
"""Hand corrections to a gold written by a converter, each named in rebuild.sh with its reason.
usage: fix.py NAME 'JSON' where JSON has any of: "set": {"LINE": {"depth": D, "marker": M, "title": T}},
"add": [[LINE, DEPTH, MARKER, TITLE], ...], "del": [LINE, ...]; headings stay in line order."""
import json, os, sys
R = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
name, ops = sys.argv[1], json.loads(sys.argv[2])
path = os.path.join(R, 'gold', name + '.json')
g = json.load(open(path, encoding='utf-8'))
hs = [h for h in g['headings'] if h['line'] not in set(ops.get('del', []))]
for h in hs:
    h.update(ops.get('set', {}).get(str(h['line']), {}))
for line, depth, marker, title in ops.get('add', []):
    hs.append({'depth': depth, 'marker': marker, 'title': title, 'line': line})
g['headings'] = sorted(hs, key=lambda h: h['line'])
open(path, 'w', encoding='utf-8').write(json.dumps(g, ensure_ascii=False, indent=0) + '\n')
