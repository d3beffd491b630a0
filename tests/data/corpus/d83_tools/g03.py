#!/usr/bin/env python3
"""Gold of d83_03 (Android屏幕适配建议文档, DOCX) from the document's own Word heading styles: Heading 2 (第X章) = depth 1,
Heading 3 (X.Y、) = depth 2, Heading 4 (X.Y.Z、) = depth 3. The Heading 1 paragraph after the table of contents repeats
the document title (line 1) and is not an outline entry; the TOC lines (toc 1-4 styles) are not headings.
A decimal marker keeps its '、' as written ('1.1、'), as in the corpus's other golds."""
import sys, os, json, subprocess, re
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gold
src = 'src/hugoYe_Documents_Android屏幕适配建议文档.docx'
name = 'd83_03_jishuwendang_pingmushipei.txt'
spec = json.loads(subprocess.check_output(['python3', 'tools/docx_spec.py', src, '3=1,4=2,5=3']))
L = open(os.path.join(gold.ROOT, 'docs', name), encoding='utf-8').read().split('\n')
out = []
for ln, d in spec:
    s = L[ln - 1].strip()
    m = re.match(r'^(\d+(?:\.\d+)+、)\s*(.*)$', s)
    if m:
        out.append([ln, d, m.group(2).rstrip('。：: '), m.group(1)])
    else:
        out.append([ln, d])
gold.write(name, 'Android屏幕适配建议文档', out)
