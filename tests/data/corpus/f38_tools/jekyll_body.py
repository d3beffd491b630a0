#!/usr/bin/env python3
"""Cut the HTML body out of a Jekyll post (everything after the closing '---' of its front matter) and print
the front matter's title. usage: jekyll_body.py POST.md BODY.html"""
import re, sys
s = open(sys.argv[1], encoding='utf-8').read()
assert s.startswith('---\n')
end = s.index('\n---\n', 4)
fm, body = s[4:end], s[end + 5:]
open(sys.argv[2], 'w', encoding='utf-8').write(body)
m = re.search(r'^title: (.*)$', fm, re.M)
print(m.group(1).strip().strip("'\""))
