#!/usr/bin/env python3
"""f13_09: add the stand-alone bold lines inside a story (小标题 and the titles of 快讯 items) at depth 3.
A story's opening bold block (its headline repeated over several lines) and the '央视网消息' dateline are not
headings. Bold lines are read from the Markdown source and found, in order, in the converted text."""
import re, json, html
src = open('/work/fresh13/src/yuekcc_cctv_news_20251120.md', encoding='utf-8').read().split('\n')
bold, story, seen_body = [], None, False
for l in src:
    if l.startswith('### '): story, seen_body = l[4:], False; continue
    if l.startswith('## '): story = None; continue
    m = re.fullmatch(r'\*\*(.+?)\*\*\s*', l.strip())
    if story and m:
        if seen_body: bold.append(html.unescape(m.group(1)).strip())
    elif story and l.strip():
        seen_body = True
p = '/work/fresh13/gold/f13_09_xinwen_lianbo_20251120.json'
d = json.load(open(p, encoding='utf-8'))
L = open('/work/fresh13/docs/f13_09_xinwen_lianbo_20251120.txt', encoding='utf-8').read().split('\n')
pos, hs = 0, list(d['headings'])
for b in bold:
    while L[pos].strip() != b: pos += 1
    hs.append({'depth': 3, 'marker': '', 'title': b, 'line': pos + 1}); pos += 1
d['headings'] = sorted(hs, key=lambda h: h['line'])
json.dump(d, open(p, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
for h in d['headings']: print(h['line'], h['depth'], h['title'][:40])
