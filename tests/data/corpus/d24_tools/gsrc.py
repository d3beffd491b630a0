#!/usr/bin/env python3
"""Write a gold from SOURCE line numbers of an extract: usage gsrc.py TXT TITLE OFFSET 'SPEC' where SPEC is a JSON list of
[source_line, depth(, title override(, marker override))]; the doc line is source_line + OFFSET."""
import sys, json
sys.path.insert(0, '/work/dev24/tools')
import gold
txt, title, off, spec = sys.argv[1], sys.argv[2], int(sys.argv[3]), json.loads(sys.argv[4])
gold.write(txt, title, [[s[0] + off] + s[1:] for s in spec])
