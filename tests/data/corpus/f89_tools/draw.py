#!/usr/bin/env python3
"""The draw that moved a third of fresh set 89 to dev: five of the fifteen golds (sorted by name), random.Random(76).
usage: draw.py [--apply] -- prints the five; --apply sets their gold to split dev, fresh false (run from corpus/)."""
import glob, json, os, random, sys
names = sorted(os.path.basename(p)[:-5] for p in glob.glob('gold/f89_*.json'))
assert len(names) == 15, names
drawn = sorted(random.Random(76).sample(names, 5))
print('\n'.join(drawn))
if '--apply' in sys.argv:
    for n in drawn:
        path = f'gold/{n}.json'
        g = json.load(open(path, encoding='utf-8'))
        g['split'], g['fresh'] = 'dev', False
        open(path, 'w', encoding='utf-8').write(json.dumps(g, ensure_ascii=False, indent=0) + '\n')
