#!/usr/bin/env python3
"""Print a gold's headings beside their text lines (for checking by eye)."""
import json, os, sys
R = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
g = json.load(open(os.path.join(R, 'gold', sys.argv[1] + '.json'), encoding='utf-8'))
L = open(os.path.join(R, 'docs', g['file']), encoding='utf-8').read().split('\n')
print('TITLE', g['title'], '| line1:', L[0], '|', g['split'], g.get('fresh'))
for h in g['headings']:
    print(f"{h['line']:4} {'  ' * (h['depth'] - 1)}{h['depth']} [{h['marker']}] {h['title']} | {L[h['line'] - 1][:50]}")
