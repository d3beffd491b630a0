#!/usr/bin/env python3
"""Gold spec from an HTML page's h-tags with depth by tag level: each h<MIN>-h6 heading of the source is found, in order,
in the converted text (same whitespace collapsing and entity decoding as html_blocks.py); depth = tag level - MIN + 1;
marker/title are split by gold.py from the text line. Prints a JSON spec [[line, depth], ...] for gold.write.
usage: htags_levels.py SRC.html DOC.txt MIN_LEVEL [START_LINE]"""
import re, sys, json, html
src, txt, lo = sys.argv[1], sys.argv[2], int(sys.argv[3])
start = int(sys.argv[4]) if len(sys.argv) > 4 else 1
t = open(src, encoding='utf-8').read()
t = re.sub(r'(?is)<(script|style)\b.*?</\1>', '', t)
t = re.sub(r'(?s)<!--.*?-->', '', t)
lines = open(txt, encoding='utf-8').read().split('\n')
out, pos = [], start - 1
for m in re.finditer(r'(?is)<h([1-6])\b[^>]*>(.*?)</h\1>', t):
    lv = int(m.group(1))
    if lv < lo:
        continue
    s = html.unescape(re.sub(r'<[^>]+>', '', m.group(2))).replace('\xa0', ' ')
    s = re.sub(r'[ \t\r\n]+', ' ', s).strip(' \t')
    if not s.strip(' \u3000'):
        continue
    while lines[pos].strip(' \t') != s:
        pos += 1
    out.append([pos + 1, lv - lo + 1])
    pos += 1
print(json.dumps(out))
