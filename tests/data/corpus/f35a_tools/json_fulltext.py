#!/usr/bin/env python3
"""Crawled-document JSON (title + fullText fields) -> UTF-8 text for the fresh set.
usage: json_fulltext.py SRC.json OUT.txt
Line 1 = the record's "title" (the document title as the crawler stored it); then the
"fullText" lines as stored (one source line a line, surrounding spaces stripped, empty lines skipped)."""
import json, sys
src, out = sys.argv[1], sys.argv[2]
d = json.load(open(src, encoding='utf-8'))
lines = [l.strip(' \t\r\u3000') for l in d['fullText'].split('\n')]
lines = [l for l in lines if l]
open(out, 'w', encoding='utf-8').write('\n'.join([d['title']] + lines) + '\n')
print(out, len(lines) + 1, 'lines')
