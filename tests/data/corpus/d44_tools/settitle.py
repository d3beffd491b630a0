#!/usr/bin/env python3
"""settitle.py NAME LINE TITLE [MARKER]: set the gold title (and marker) of the heading at LINE by hand."""
import json, sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gold
name, line, title = sys.argv[1], int(sys.argv[2]), sys.argv[3]
p = os.path.join(gold.ROOT, 'gold', name + '.json')
d = json.load(open(p, encoding='utf-8'))
hit = [h for h in d['headings'] if h['line'] == line]
assert len(hit) == 1, (name, line)
hit[0]['title'] = title
if len(sys.argv) > 4:
    hit[0]['marker'] = sys.argv[4]
json.dump(d, open(p, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
