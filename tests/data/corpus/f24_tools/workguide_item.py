#!/usr/bin/env python3
"""Take one item's HTML out of the JSON example held in the doc comment of WorkGuideList.java (bxfla/AZ-ERQI).
usage: workguide_item.py SRC.java ITEM_ID OUT.html"""
import json, re, sys
t = open(sys.argv[1], encoding='utf-8').read()
m = re.search(r'\* data : (\{.*)', t)
d = json.loads(m.group(1).replace('\\/', '/'))
it = [c for c in d['content'] if str(c['id']) == sys.argv[2]][0]
open(sys.argv[3], 'w', encoding='utf-8').write(it['content'])
print(it['name'])
