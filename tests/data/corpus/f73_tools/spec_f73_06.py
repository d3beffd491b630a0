#!/usr/bin/env python3
"""f73_06 gold (DOCX notice of Central South University's Youth League committee, 2020): 一、…六、 depth 1; depth 2:
the three run-in principles of 三、 ('1、防控为先，安全至上。…', title up to the first 。) and the nine team-type titles
of 四、 ('1、智力扶贫支教团（2000元/支）' … '9、专项计划', stand-alone lines each followed by its paragraph); depth 3:
the （1）–（5） special-programme titles under 9、专项计划 (（1） wraps onto a second paragraph in the DOCX; the first
line's part is the title). Not headings: the dated steps 1、–4、 of 五、 and the requirement items 1、–6、 of 六、 (a list
of requirements, half of them plain sentences), the theme/date lines under 一、二、, contacts, 附件 list, signature."""
import re, sys
sys.path.insert(0, '/work/fresh73/tools')
import gold
name = 'f73_06_tongzhi_zhongnan_sanxiaxiang.txt'
L = open('/work/fresh73/docs/' + name, encoding='utf-8').read().split('\n')
spec, part = [], ''
for i, l in enumerate(L, 1):
    s = l.strip()
    m = re.match(r'^([一二三四五六七八九十])、', s)
    if m:
        part = m.group(1); spec.append([i, 1]); continue
    if part in ('三', '四') and re.match(r'^[1-9]、', s):
        spec.append([i, 2])
    elif part == '四' and re.match(r'^（[1-5]）', s):
        spec.append([i, 3])
gold.write(name, L[0].strip(), spec)
