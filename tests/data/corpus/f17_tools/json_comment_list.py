#!/usr/bin/env python3
"""Like json_comment_field.py, for a list in the JSON example: write field FIELD of item N of data.list.
usage: json_comment_list.py SRC.java KEY N FIELD OUT"""
import json, re, sys
src, key, n, field, out = sys.argv[1:6]
t = open(src, encoding='utf-8').read()
m = re.search(r'^\s*\*\s*' + re.escape(key) + r'\s*:\s*(\{.*\})\s*$', t, re.M)
item = json.loads(m.group(1))['list'][int(n)]
open(out, 'w', encoding='utf-8').write(item[field])
print(out, item['policyId'], item['policyTitle'], len(item[field]))
