#!/usr/bin/env python3
"""Akoma Ntoso (.akn XML) judgment -> HTML-like fragment for html_blocks.py: the <meta> block and the XML
declaration are dropped, <eol/> becomes <br>, everything else (header, judgementBody, conclusions, authorialNote)
is kept in document order; html_blocks.py then makes one line per <p> block (nested <num> kept inline).
usage: akn_prepare.py SRC.akn OUT.html"""
import re, sys
t = open(sys.argv[1], encoding='utf-8').read()
t = re.sub(r'<\?xml[^>]*\?>', '', t)
t = re.sub(r'(?s)<meta>.*?</meta>', '', t)
t = re.sub(r'<eol\s*/>', '<br>', t)
open(sys.argv[2], 'w', encoding='utf-8').write(t)
