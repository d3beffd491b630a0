#!/usr/bin/env python3
"""usage: g85.py TXTNAME 'JSON spec [[line, depth(, title, marker)], ...]' -> gold via gold.write, title = line 1."""
import sys, json
sys.path.insert(0, '/work/fresh85/tools'); import gold
txt, spec = sys.argv[1], json.loads(sys.argv[2])
title = open('/work/fresh85/docs/' + txt, encoding='utf-8').readline().strip()
gold.write(txt, title, spec)
