#!/usr/bin/env python3
"""React component (.jsx) -> the HTML markup it renders, for html_blocks.py.
usage: jsx_markup.py SRC.jsx OUT.html
Takes the JSX of the component's `return ( ... )`, drops JSX expression containers ({' '}, style={{...}}),
renames className= to class=, and writes it as an HTML fragment. No JavaScript is run."""
import re, sys
src, out = sys.argv[1], sys.argv[2]
t = open(src, encoding='utf-8').read()
m = re.search(r'return \(\s*(?=<)', t)   # the return of the markup, not of an effect's cleanup
j = t.rindex(')')
jsx = t[m.end():j]
jsx = re.sub(r"\{'\s*'\}", ' ', jsx)
jsx = re.sub(r'=\{\{.*?\}\}', '=""', jsx, flags=re.S)
jsx = re.sub(r'=\{[^{}]*\}', '=""', jsx)
jsx = jsx.replace('className=', 'class=')
jsx = re.sub(r'</?>', '', jsx)   # fragments
open(out, 'w', encoding='utf-8').write(jsx)
