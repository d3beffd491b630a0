#!/usr/bin/env python3
"""Take one article's HTML ('comment' field) out of the JSON example held in a Java doc comment
(' * data : {...}' line) of an Android bean class.  usage: bean_comment.py SRC.java KEY INDEX OUT.html"""
import json, sys
src, key, idx, out = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
t = open(src, encoding='utf-8').read()
i = t.find('* data : ')
d = json.loads(t[i + 9:t.find('\n', i)])
item = d[key][idx]
open(out, 'w', encoding='utf-8').write('<h1>' + item['title'] + '</h1>\n' + item['comment'] + '\n')
print(item['title'])
