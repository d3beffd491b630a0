#!/usr/bin/env python3
"""Gold for a converted DOCX from docx_spec.py's [line, depth] list, written with gold.write; a heading line that opens with a
bare chapter number ('1分析', '2 设计' - a number gold.parse does not split off) gets that number as marker and the rest as title.
A line opening with a letter item marker ('a.', 'b. ') gets it as marker (gold.parse knows no letter markers); leading
no-break spaces (U+00A0) are skipped like other spaces. --depth LINE:D,... overrides the style depth of given lines (for a
document whose styles contradict its own numbering; say why in rebuild.sh).
usage: docx_gold.py DOCX DOC_NAME.txt TITLE STYLE_MAP [--bold D] [--depth LINE:D,...]"""
import sys, os, re, json, subprocess
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gold
src, name, title, smap = sys.argv[1:5]
args = sys.argv[5:]
fix = {}
if '--depth' in args:
    i = args.index('--depth')
    fix = dict((int(a), int(b)) for a, b in (x.split(':') for x in args[i + 1].split(',')))
    args = args[:i] + args[i + 2:]
spec = json.loads(subprocess.check_output(['python3', os.path.join(os.path.dirname(os.path.abspath(__file__)), 'docx_spec.py'), src, smap] + args))
L = open(os.path.join(gold.ROOT, 'docs', name), encoding='utf-8').read().split('\n')
out = []
for ln, d in spec:
    d = fix.get(ln, d)
    s = L[ln - 1].strip(' \u3000\t\xa0')
    m = re.match(r'^(\d+)(?![\d.．、])\s*(\S.*)$', s)
    n = re.match(r'^([a-z][.．])\s*(\S.*)$', s)
    if m:
        out.append([ln, d, m.group(2).rstrip('：:'), m.group(1)])
    elif n:
        out.append([ln, d, n.group(2).rstrip('：:'), n.group(1)])
    else:
        out.append([ln, d])
gold.write(name, title, out)
