#!/usr/bin/env python3
"""DOCX (taken from a ZIP archive member, or a .docx file) -> UTF-8 text, one Word paragraph a line.
Text of the w:t runs joined (w:tab -> a space, w:br -> a line break), empty paragraphs skipped; the first
non-empty paragraph is the document's title (line 1). No styling is used (the files carry none but the title's bold).
usage: docx_paras.py ARCHIVE.zip MEMBER_SUBSTRING OUT.txt   |   docx_paras.py FILE.docx OUT.txt"""
import io, re, sys, zipfile, html
def member_name(i):
    return i.filename if i.flag_bits & 0x800 else i.filename.encode('cp437').decode('gbk')
if len(sys.argv) == 4:
    z = zipfile.ZipFile(sys.argv[1])
    hits = [i for i in z.infolist() if sys.argv[2] in member_name(i)]
    assert len(hits) == 1, [member_name(i) for i in hits]
    data, out = z.read(hits[0]), sys.argv[3]
else:
    data, out = open(sys.argv[1], 'rb').read(), sys.argv[2]
x = zipfile.ZipFile(io.BytesIO(data)).read('word/document.xml').decode('utf-8')
lines = []
for p in re.findall(r'<w:p[ >].*?</w:p>', x, re.S):
    p = re.sub(r'<w:tab/>', '<w:t> </w:t>', p)
    p = re.sub(r'<w:br/>', '<w:t>\n</w:t>', p)
    t = html.unescape(''.join(re.findall(r'<w:t(?: [^>]*)?>([^<]*)</w:t>', p)))
    for part in t.split('\n'):
        if part.strip(' \u3000'):
            lines.append(part.rstrip())
open(out, 'w', encoding='utf-8').write('\n'.join(lines) + '\n')
print(out, len(lines), 'lines')
