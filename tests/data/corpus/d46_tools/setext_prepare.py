"""Turn a Markdown file's opening setext title ('Title' over a '====' line) into an ATX '# Title' line so that
make_md_doc.py takes it as the title (it reads only ATX headings).  usage: setext_prepare.py SRC OUT"""
import sys
s = open(sys.argv[1], encoding='utf-8').read()
L = s.split('\n')
assert L[1].strip() and set(L[1].strip()) == {'='}, L[:2]
open(sys.argv[2], 'w', encoding='utf-8').write('\n'.join(['# ' + L[0].strip()] + L[2:]))
