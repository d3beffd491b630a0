#!/usr/bin/env python3
"""d62_08: '1. 決定開會時間：' style label run-ins: title cut at the colon (as for '一、…：' labels).
d62_09: the #### headings are meeting dates ('2019.10.11'): marker '' and the date as title (a date label, not a numbering)."""
import json, re
p = '/work/dev62/gold/d62_08_huiyi_jilu_taiwan_zhuanti_di4ci.json'
d = json.load(open(p, encoding='utf-8'))
for h in d['headings']:
    h['title'] = re.split('[：:]', h['title'])[0]
json.dump(d, open(p, 'w', encoding='utf-8'), ensure_ascii=False, indent=0)
p = '/work/dev62/gold/d62_09_zhou_lihui_jiyao_ruanjianbu.json'
d = json.load(open(p, encoding='utf-8'))
for h in d['headings']:
    if re.fullmatch(r'\d{4}\.\d\d\.\d\d', h['marker']) and not h['title']:
        h['marker'], h['title'] = '', h['marker']
json.dump(d, open(p, 'w', encoding='utf-8'), ensure_ascii=False, indent=0)
