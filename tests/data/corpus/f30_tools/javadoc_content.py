#!/usr/bin/env python3
"""Take the value of one 'key : value' line of a Java doc comment (a JSON example an app's model class carries)
and write it to a file as it stands (here: the HTML of an article's `content`).
usage: javadoc_content.py SRC.java KEY OUT"""
import re, sys
src, key, out = sys.argv[1:4]
for line in open(src, encoding='utf-8'):
    m = re.match(r'\s*\*\s*' + re.escape(key) + r'\s*:\s?(.*)$', line.rstrip('\n'))
    if m:
        open(out, 'w', encoding='utf-8').write(m.group(1) + '\n')
        print(out, len(m.group(1)), 'chars')
        break
else:
    sys.exit('key not found: ' + key)
