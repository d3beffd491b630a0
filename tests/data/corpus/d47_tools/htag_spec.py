"""Gold spec from an HTML page's h-tags by tag level: every <hN> with lo <= N <= hi is found, in order, as a
whole line of the converted text (same whitespace collapsing as html_blocks.py); depth = N - lo + 1; marker ''
(or a leading decimal number, as gold.py parses it). usage: htag_spec.py SRC.html DOC.txt LO HI -> JSON spec"""
import html, json, re, sys
src, txt, lo, hi = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
t = open(src, encoding='utf-8').read()
t = re.sub(r'(?is)<(script|style)\b.*?</\1>', '', t)
lines = open(txt, encoding='utf-8').read().split('\n')
spec, pos = [], 0
for m in re.finditer(r'(?is)<h([1-6])\b[^>]*>(.*?)</h\1>', t):
    n = int(m.group(1))
    if not lo <= n <= hi:
        continue
    s = html.unescape(re.sub(r'<[^>]+>', '', m.group(2))).replace('\xa0', ' ')
    s = re.sub(r'[ \t\r\n]+', ' ', s).strip()
    if not s:
        continue
    while lines[pos].strip() != s:
        pos += 1
    spec.append([pos + 1, n - lo + 1])
    pos += 1
print(json.dumps(spec))
