#!/usr/bin/env python3
"""Take the HTML held in a Go test file's raw-string literal `var Str string = `...`` and write it as an .html file.
usage: go_str_extract.py SRC.go OUT.html"""
import sys
s = open(sys.argv[1], encoding='utf-8').read()
a = s.index('var Str string = `') + len('var Str string = `')
b = s.index('`', a)
open(sys.argv[2], 'w', encoding='utf-8').write('<html><body>\n' + s[a:b] + '\n</body></html>\n')
