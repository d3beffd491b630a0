#!/usr/bin/env python3
"""ripple-tju/train case page (Vue SFC of <typo-*> components) -> UTF-8 text, one block a line, and its heading spec.
usage: vue_typo.py SRC.vue OUT.txt  -> prints JSON [[line, level], ...] of the <typo-heading :level=N> blocks.
Line 1 is the <typo-title> text (the page's title as rendered); then each <typo-heading>, <typo-paragraph>
and the caption (title attribute) of each <typo-figure>, in source order; tags removed, entities decoded,
whitespace runs collapsed to one space. The :author/source attributes of <typo-title> are not rendered as text here."""
import re, sys, html, json
src, out = sys.argv[1], sys.argv[2]
t = open(src, encoding='utf-8').read()
t = t.split('<template>', 1)[1].rsplit('</template>', 1)[0]
def clean(s):
    s = re.sub(r'<[^>]+>', '', s)
    s = html.unescape(s)
    return re.sub(r'\s+', ' ', s).strip()
title = clean(re.search(r'(?s)<typo-title\b[^>]*>(.*?)</typo-title\s*>', t).group(1))
lines, spec = [title], []
for m in re.finditer(r'(?s)<typo-(heading|paragraph)\b([^>]*)>(.*?)</typo-\1\s*>|<typo-figure\b([^>]*)/?>', t):
    if m.group(1):
        txt = clean(m.group(3))
        if not txt:
            continue
        lines.append(txt)
        if m.group(1) == 'heading':
            lv = int(re.search(r':level="(\d+)"', m.group(2)).group(1))
            spec.append([len(lines), lv])
    else:
        cap = re.search(r'\btitle="([^"]*)"', m.group(4))
        if cap and cap.group(1).strip():
            lines.append(clean(cap.group(1)))
open(out, 'w', encoding='utf-8').write('\n'.join(lines) + '\n')
print(json.dumps(spec))
