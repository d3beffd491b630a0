"""Hand fixes to a gold file written by make_md_doc.py: fixgold.py GOLD MODE
roman: 'I. 前言' -> marker 'I.', title '前言'; unmark: markers that are part of the title ('60 秒上手') put back."""
import json, re, sys
p, mode = sys.argv[1], sys.argv[2]
d = json.load(open(p, encoding='utf-8'))
for h in d['headings']:
    if mode == 'roman':
        m = re.match(r'([IVXL]+\.) (.*)', h['title'])
        if m: h['marker'], h['title'] = m.group(1), m.group(2)
    elif mode == 'colon':
        pass
    elif mode == 'unmark':
        if re.fullmatch(r'\d+', h['marker']) and re.match(r'[秒分]', h['title']):
            h['title'] = h['marker'] + ' ' + h['title']; h['marker'] = ''
for h in d['headings']:
    h['title'] = h['title'].rstrip(':：')   # no gold title keeps a trailing colon
json.dump(d, open(p, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
