#!/usr/bin/env python3
"""Set the marker of gold headings whose numbering the converter does not know (e.g. '附录A', '壹、'):
usage: set_marker.py GOLD.json LINE MARKER [LINE MARKER ...]; the title becomes the rest of it after the marker."""
import json, sys
p, pairs = sys.argv[1], sys.argv[2:]
d = json.load(open(p, encoding='utf-8'))
want = {int(pairs[i]): pairs[i + 1] for i in range(0, len(pairs), 2)}
for h in d['headings']:
    if h['line'] in want:
        m = want.pop(h['line'])
        full = (h['marker'] + ' ' + h['title']).strip() if h['marker'] else h['title']
        assert full.startswith(m), (full, m)
        h['marker'], h['title'] = m, full[len(m):].strip()
assert not want, want
json.dump(d, open(p, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
