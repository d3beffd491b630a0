#!/usr/bin/env python3
"""DOCX -> text as docx_paras.py makes it, with a given title line put first (for a document whose
first paragraph is not its title, e.g. a section label such as '概述').
usage: docx_titled.py FILE.docx OUT.txt "TITLE" """
import subprocess, sys, os
src, out, title = sys.argv[1:4]
subprocess.run([sys.executable, os.path.join(os.path.dirname(__file__), 'docx_paras.py'), src, out], check=True, stdout=subprocess.DEVNULL)
body = open(out, encoding='utf-8').read()
open(out, 'w', encoding='utf-8').write(title + '\n' + body)
print(out)
