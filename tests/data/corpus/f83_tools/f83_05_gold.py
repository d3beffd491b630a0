#!/usr/bin/env python3
"""Gold of f83_05 (自动化测试软件设计方案, apeqo/ate-doc 方案.docx): the Word heading styles (Heading 1/2/3 ->
depth 1/2/3, via the same paragraph walk as docx_paras.py) minus the one body sentence wrongly styled Heading 3
(line 437), plus 2.5.4 (line 170, a numbered section title in the 目录 whose paragraph carries no heading style), plus
the titled sub-items that head their own paragraphs: （1）–（9） under 3.2 (depth 3), the （1）… titles under 2.5.3,
3.1.1 (the four layers, auto-numbered in Word), 3.3.1, 3.3.2, 3.3.3, 3.3.5 (depth 4) and （1）–（3） under 4 方案创新点
(depth 2). Lines are those of the converted text."""
import re, subprocess, sys
sys.path.insert(0, '/work/fresh83/tools')
from gold import write
TXT = 'f83_05_jishu_fangan_zidong_ceshi.txt'
out = subprocess.run(['python3', '/work/fresh83/tools/docx_style_gold.py', '/work/fresh83/src/apeqo_ate-doc_方案.docx',
                      TXT, '0'], capture_output=True, text=True, check=True).stdout
spec = {}
for line in out.splitlines():
    m = re.match(r'^(\d+) (\d) ', line)
    if m:
        spec[int(m.group(1))] = int(m.group(2))
spec.pop(437)                                   # a body sentence styled Heading 3
spec[170] = 3                                   # 2.5.4可靠性要求
for n in (162, 164, 166, 168, 197, 199, 201, 203, 340, 347, 351, 358, 366, 369, 374, 378, 393, 397, 400):
    spec[n] = 4
for n in (218, 239, 255, 264, 280, 293, 299, 310, 319):
    spec[n] = 3
for n in (465, 467, 469):
    spec[n] = 2
write(TXT, '自动化测试软件设计方案', sorted(spec.items()))
# section numbers written as a bare number and a space ('2 设计要求'), which gold.py's marker pattern does not split
import json
p = '/work/fresh83/gold/' + TXT[:-4] + '.json'
d = json.load(open(p, encoding='utf-8'))
for h in d['headings']:
    m = re.match(r'^(\d+)\s+(\S.*)$', h['title'])
    if not h['marker'] and m:
        h['marker'], h['title'] = m.group(1), m.group(2)
open(p, 'w', encoding='utf-8').write(json.dumps(d, ensure_ascii=False, indent=1) + '\n')
