#!/usr/bin/env python3
"""usage: js_template.py SRC.js NAME OUT.html -- writes the HTML held in the template string returned by `const NAME = () => { return `...` }`."""
import sys, re
src, name, out = sys.argv[1:4]
t = open(src, encoding='utf-8').read()
i = t.index('const %s = ' % name)
a = t.index('`', i) + 1
b = t.index('`', a)
open(out, 'w', encoding='utf-8').write(t[a:b])
