#!/usr/bin/env python3
"""Take the JSON example held in a Java doc comment (' * data : {...}') and write one string field of it
(JSON-decoded, unchanged) to a file. usage: json_comment_field.py SRC.java KEY FIELD OUT"""
import json, re, sys
src, key, field, out = sys.argv[1:5]
t = open(src, encoding='utf-8').read()
m = re.search(r'^\s*\*\s*' + re.escape(key) + r'\s*:\s*(\{.*\})\s*$', t, re.M)
d = json.loads(m.group(1))
open(out, 'w', encoding='utf-8').write(d[field])
print(out, len(d[field]), 'chars;', {k: v for k, v in d.items() if k != field})
