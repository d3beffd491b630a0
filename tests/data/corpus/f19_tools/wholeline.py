#!/usr/bin/env python3
"""Gold whose headings are whole lines (interview questions): usage wholeline.py TXT TITLE 'JSON [[line,depth],...]'"""
import sys, json, gold
txt, title, spec = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
L = open(f'{gold.ROOT}/docs/{txt}', encoding='utf-8').read().split('\n')
gold.write(txt, title, [[ln, d, L[ln-1].strip(' \u3000'), ''] for ln, d in spec])
