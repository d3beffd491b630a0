#!/usr/bin/env python3
"""f40_04: '## 第X阶段---…' headings get the stage label as marker (title after the '---');
the seven bold stand-alone labels under '### 测试接口全过程' are headings at depth 3."""
import json, re, subprocess, sys
name = 'f40_04_gongzuo_zongjie_yunduan_tiaoshi_kaifa'
p = '/work/fresh40/gold/%s.json' % name
d = json.load(open(p, encoding='utf-8'))
for h in d['headings']:
    m = re.match(r'(第[一二三四五六七八九十]+阶段)-+(.*)', h['title'])
    if m:
        h['marker'], h['title'] = m.group(1), m.group(2)
json.dump(d, open(p, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
L = open('/work/fresh40/docs/%s.txt' % name, encoding='utf-8').read().split('\n')
spec = [[i + 1, 3] for i, l in enumerate(L) if re.fullmatch(r'(测试.*接口|到redis里查看)：', l)]
assert len(spec) == 7, spec
subprocess.run([sys.executable, '/work/fresh40/tools/addheads.py', name, json.dumps(spec)], check=True, stdout=subprocess.DEVNULL)
