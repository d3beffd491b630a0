#!/usr/bin/env python3
"""Write one string field of a JSON record to a file, unchanged (e.g. a crawled page's HTML body).
usage: json_field.py SRC.json FIELD OUT"""
import json, sys
d = json.load(open(sys.argv[1], encoding='utf-8'))
open(sys.argv[3], 'w', encoding='utf-8').write(d[sys.argv[2]])
print(sys.argv[3], len(d[sys.argv[2]]), 'chars')
