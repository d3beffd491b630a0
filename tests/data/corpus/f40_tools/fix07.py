#!/usr/bin/env python3
"""f40_07: trailing full-width colons dropped from gold titles ('2.4.学生做题前的标签推荐：')."""
import json
p = '/work/fresh40/gold/f40_07_lunwen_python_oj_xuexi_tuijian.json'
d = json.load(open(p, encoding='utf-8'))
for h in d['headings']:
    h['title'] = h['title'].rstrip('：:')
json.dump(d, open(p, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
