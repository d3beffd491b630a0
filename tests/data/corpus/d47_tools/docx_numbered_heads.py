"""Gold spec for a plain-text export of a Word file whose section headings are paragraphs of one
multilevel numbering list (numId N): each such paragraph's text is found, in order, as a whole line of
the text file; depth = its list level (ilvl) + 1. The numbers themselves are Word auto-numbering and are
not in the text, so the marker is ''. usage: docx_numbered_heads.py FILE.docx DOC.txt NUMID  -> JSON spec"""
import json, re, sys, zipfile
docx, txt, numid = sys.argv[1], sys.argv[2], sys.argv[3]
x = zipfile.ZipFile(docx).read('word/document.xml').decode('utf-8')
body = x.split('<w:body>')[1]
heads = []
for p in re.findall(r'<w:p[ >].*?</w:p>', body, re.S):
    m = re.search(r'<w:numPr>.*?<w:ilvl w:val="(\d)"/>.*?<w:numId w:val="(\d+)"/>', p, re.S)
    t = ''.join(re.findall(r'<w:t[^>]*>([^<]*)</w:t>', p)).strip()
    if m and m.group(2) == numid and t:
        heads.append((int(m.group(1)) + 1, t))
lines = open(txt, encoding='utf-8').read().split('\n')
spec, i = [], 0
for depth, t in heads:
    while lines[i].strip() != t:
        i += 1
    spec.append([i + 1, depth, t, ''])
    i += 1
print(json.dumps(spec, ensure_ascii=False))
