#!/usr/bin/env python3
"""usage: g86.py TXTNAME 'JSON spec [[line, depth(, title, marker)], ...]' -> gold via gold.write, title = line 1."""
import sys, json, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__))); import gold
txt, spec = sys.argv[1], json.loads(sys.argv[2])
title = open(os.path.join(gold.ROOT, 'docs', txt), encoding='utf-8').readline().strip()
gold.write(txt, title, spec)
