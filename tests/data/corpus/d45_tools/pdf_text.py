#!/usr/bin/env python3
"""pdf_text.py SRC.pdf OUT.txt "TITLE": text layer of a PDF as pdfminer.six extracts it (hard line wraps and
page-break blank lines kept, form feeds dropped), with TITLE as line 1."""
import sys
from pdfminer.high_level import extract_text
src, out, title = sys.argv[1], sys.argv[2], sys.argv[3]
t = extract_text(src).replace('\f', '')
open(out, 'w', encoding='utf-8').write(title + '\n' + t.rstrip('\n') + '\n')
