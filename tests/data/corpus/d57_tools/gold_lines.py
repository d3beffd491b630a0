#!/usr/bin/env python3
"""Thin CLI over gold.write (dev set 57): gold_lines.py DOC.txt TITLE 'JSON spec' (spec as in gold.write)."""
import sys, json, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gold
gold.write(sys.argv[1], sys.argv[2], json.loads(sys.argv[3]))
