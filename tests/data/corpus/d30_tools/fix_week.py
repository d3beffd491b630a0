"""Gold title clean-up after make_md_doc.py: split '第N周　　title' into marker '第N周' and title (the converter
knows no 周) and drop a trailing colon from every title (no gold title keeps one)."""
import json, re, sys
p = sys.argv[1]
d = json.load(open(p, encoding='utf-8'))
for h in d['headings']:
    m = re.fullmatch(r'(第\d+周)[\s\u3000]*(.*)', h['title'])
    if m and not h['marker']:
        h['marker'], h['title'] = m.group(1), m.group(2)
    h['title'] = h['title'].rstrip('：: \u3000')
json.dump(d, open(p, 'w', encoding='utf-8'), ensure_ascii=False, indent=0)
