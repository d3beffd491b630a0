#!/usr/bin/env python3
"""f40_08: the talk marks its three parts (认知 / 策略 / 实操) and their sections alike with '#';
its own 导言 outline nests the sections under the parts, so the sections get depth 2 and their '##' depth 3.
导言, 总结, 推荐阅读, 参考资料 stay at depth 1."""
import json
p = '/work/fresh40/gold/f40_08_zhuzigao_touzi_licai_fenxiang.json'
d = json.load(open(p, encoding='utf-8'))
PARTS, END = {'认知', '策略', '实操'}, {'总结', '推荐阅读', '参考资料'}
inside = False
for h in d['headings']:
    if h['depth'] == 1 and h['title'] in PARTS:
        inside = True
    elif h['depth'] == 1 and h['title'] in END | {'导言'}:
        inside = False
    elif inside:
        h['depth'] += 1
json.dump(d, open(p, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
